import { paths } from "./site";

/** One step of a breadcrumb trail, shared by the visible breadcrumbs and the structured data. */
export interface Crumb {
  name: string;
  href: string;
}

/** Where every trail starts. */
export const homeCrumb: Crumb = { name: "Home", href: paths.home() };
