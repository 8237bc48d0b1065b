/** The one look of a text link: underlined in the accent colour, never bolder than the text around it. */
export const linkClass = "text-teal-700 underline underline-offset-2 hover:text-teal-900 dark:text-teal-300 dark:hover:text-teal-100";

/** A link that is a heading, or a link card's title: the heading's colour, marked as a link by its underline alone. */
export const headingLinkClass =
  "text-slate-900 underline decoration-teal-600/70 underline-offset-4 hover:decoration-2 dark:text-white dark:decoration-teal-400/80";
