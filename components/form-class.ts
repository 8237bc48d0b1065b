/** A text field or a list to choose from, in the site's colours: the header's search box and the search page's form. */
export const fieldClass = "rounded-md border border-edge bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100";

/** A form's button: the accent colour, which holds white text in light and dark alike. */
export const buttonClass = "rounded-md bg-teal-700 font-medium text-white";
