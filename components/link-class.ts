/** The one look of a text link: underlined in the accent colour, never bolder than the text around it. */
export const linkClass =
  "text-teal-700 underline underline-offset-2 hover:text-teal-900 dark:text-teal-300 dark:hover:text-teal-100";
