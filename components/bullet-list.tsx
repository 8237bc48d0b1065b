interface BulletListProps {
  items: string[];
}

/** Short items as a bulleted list; a single item reads better as a sentence than as one bullet. */
export function BulletList({ items }: BulletListProps) {
  if (items.length === 1) return <p>{items[0]}</p>;
  return (
    <ul className="list-disc space-y-2 pl-5 marker:text-teal-600 dark:marker:text-teal-400">
      {/* Items come from editors and may repeat; the position tells them apart. */}
      {items.map((item, index) => (
        <li key={index} className="pl-1">
          {item}
        </li>
      ))}
    </ul>
  );
}
