interface ProseProps {
  /** Sanitized HTML from `renderMarkdown`; the only HTML the site sets directly. */
  html: string;
}

export function Prose({ html }: ProseProps) {
  if (!html) return null;
  return (
    <div
      className="prose prose-slate max-w-prose dark:prose-invert prose-a:font-normal prose-a:text-teal-700 prose-a:underline-offset-2 hover:prose-a:text-teal-900 dark:prose-a:text-teal-300 dark:hover:prose-a:text-teal-100"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
