interface BulletListProps {
  items: string[];
  className?: string;
}

export function BulletList({ items, className = "" }: BulletListProps) {
  return (
    <ul className={`list-disc space-y-2 pl-5 marker:text-teal-600 dark:marker:text-teal-400 ${className}`}>
      {items.map((item) => (
        <li key={item} className="pl-1">
          {item}
        </li>
      ))}
    </ul>
  );
}
