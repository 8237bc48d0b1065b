import type { Career } from "../content";
import { headingLinkClass, linkClass } from "../../components/link-class";
import { paths } from "../site";
import type { TitleEntry, TitlePlace } from "./title-index";

/*
 * The HTML a listing page writes for each entry, as the catalogue measures it to split listings
 * into parts that fit the page budget. The components that render these entries write the same
 * elements and classes, so the measure holds; change both together.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);


const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** A career's ladder in a few words: "Entry level to Senior level, 3 levels". */
export function ladderSpan(career: Career): string {
  const first = career.levels[0];
  const last = career.levels.at(-1);
  if (!first || !last) return "No levels yet";
  return first === last ? `${first.title}, 1 level` : `${first.title} to ${last.title}, ${plural(career.levels.length, "level")}`;
}

/** How a place reads in the index: "Human Resources Generalist, Entry level", or the career's title for its overview. */
export function placeLabel(place: TitlePlace): string {
  return place.level ? `${place.careerTitle}, ${place.level.title}` : `${place.careerTitle} (overview)`;
}

/** A career on its family's page: its title as a link, its promise and its ladder's span. */
export function familyEntryHtml(career: Career): string {
  return (
    `<li class="py-4"><h2 class="text-xl font-semibold"><a href="${paths.career(career.slug)}" class="${headingLinkClass}">${escapeHtml(career.title)}</a></h2>` +
    `<p class="mt-1 text-slate-700 dark:text-slate-300">${escapeHtml(career.tagline)}</p>` +
    `<p class="mt-1 text-sm text-slate-600 dark:text-slate-400">${escapeHtml(ladderSpan(career))}</p></li>`
  );
}

/** A title in the A-Z index, with a link to each place that holds it. */
export function titleEntryHtml(entry: TitleEntry): string {
  const places = entry.places.map((place) => `<li><a href="${place.href}" class="${linkClass}">${escapeHtml(placeLabel(place))}</a></li>`).join("");
  return `<li class="py-2"><p class="font-semibold">${escapeHtml(entry.title)}${entry.continued ? " (continued)" : ""}</p><ul class="mt-1 text-sm">${places}</ul></li>`;
}

/** A career's card on the home page (components/career-card.tsx): title, promise, one link per level with its roles, the comparison link. */
export function careerCardHtml(career: Career): string {
  const levels = career.levels
    .map(
      (level) =>
        `<li><a href="${paths.level(career.slug, level.slug)}" class="flex h-full gap-3 rounded-xl border border-edge bg-white p-4 text-slate-700 hover:border-teal-600 hover:bg-teal-50 sm:flex-col sm:gap-2 dark:bg-slate-900 dark:text-slate-300 dark:hover:border-teal-400 dark:hover:bg-slate-800">` +
        `<span aria-hidden="true" class="flex size-9 shrink-0 items-center justify-center rounded-full bg-teal-700 font-semibold text-white dark:bg-teal-400 dark:text-slate-950">${level.step}</span>` +
        `<span><span class="sr-only">Step ${level.step}: </span><span class="block text-lg font-semibold ${headingLinkClass}">${escapeHtml(level.title)}</span>` +
        `<span class="mt-1 block text-sm">${escapeHtml(level.roles.join(", "))}</span></span></a></li>`,
    )
    .join("");
  return (
    `<article class="rounded-2xl border border-edge p-5 sm:p-6"><h2 class="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white"><a href="${paths.career(career.slug)}" class="${headingLinkClass}">${escapeHtml(career.title)}</a></h2>` +
    `<p class="mt-2 mb-5 text-slate-700 dark:text-slate-300">${escapeHtml(career.tagline)}</p>` +
    `<ol aria-label="${escapeHtml(career.title)} levels" class="ladder grid gap-4 sm:auto-cols-fr sm:grid-flow-col">${levels}</ol>` +
    `<p class="mt-5"><a href="${paths.compare(career.slug)}" class="${linkClass}">Compare the levels side by side</a></p></article>`
  );
}
