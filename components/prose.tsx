interface ProseProps {
  /** Sanitized HTML from `renderMarkdown`; the only HTML the site sets directly. */
  html: string;
}

export function Prose({ html }: ProseProps) {
  if (!html) return null;
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
