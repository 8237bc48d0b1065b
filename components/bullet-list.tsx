interface BulletListProps {
  items: string[];
}

/** Short items as a bulleted list; a single item reads better as a sentence than as one bullet. */
export function BulletList({ items }: BulletListProps) {
  if (items.length === 1) return <p>{items[0]}</p>;
  return (
    <ul className="list-disc space-y-2 pl-5 marker:text-teal-600 dark:marker:text-teal-400">
      {items.map((item) => (
        <li key={item} className="pl-1">
          {item}
        </li>
      ))}
    </ul>
  );
}
