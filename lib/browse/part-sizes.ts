/*
 * How much each browsing page lists, counted rather than measured, so that a listing splits the
 * same whatever markup the components give its entries. Each number keeps a page full of entries
 * at the content limits (lib/content/limits.ts), in awkward text that gzip shrinks little (emoji,
 * CJK, HTML signs), within budgets.json's `exportPage.maxBytes`, 10 KB gzip of HTML and CSS: the
 * stylesheet takes 5.8 KB and a listing page's frame (header, footer, metadata and policy,
 * breadcrumbs, heading) about 2 KB, which leaves 2.4 KB for the entries and the JSON-LD that
 * repeats their addresses. The figures below were measured on the components rendered with such
 * entries (2026-12); the generated export's page checks and `npm run budgets` hold every exported
 * page to the budget.
 */

/**
 * Careers on one page of a family. One career at the limits (a 120-character title, a
 * 160-character tagline, two 80-character level titles, its address twice) takes about 200 B:
 * ten took 1,976 B.
 */
export const CAREERS_PER_FAMILY_PART = 10;

/**
 * Places (links to a career or a level) on one page of the A-Z index; a title held in more places
 * goes on as continued entries. At worst every place is a title of its own: a 100-character title,
 * a 120-character career and an 80-character level take about 165 B, and twelve took 1,973 B.
 */
export const PLACES_PER_INDEX_PART = 12;

/**
 * What the home page shows as cards, every level linked with its job titles, before it leads to
 * the families and the A-Z index instead. Its frame and links to a small guide's few letters and
 * families take about 2.4 KB; at the limits a career's title and tagline take about 350 B, a
 * level about 90 B and a job title about 60 B: two careers of eight levels and sixteen job titles
 * in all took 1,808 B. Job titles are counted because a level may hold twelve, 1.2 KB at worst.
 */
export const HOME_CARDS_MOST_CAREERS = 2;
export const HOME_CARDS_MOST_LEVELS = 8;
export const HOME_CARDS_MOST_JOB_TITLES = 16;

/**
 * Links to parts of the A-Z index that the home page lists before it links each letter's first
 * part only, whose page links the rest (every part stays within two clicks of home). Beside every
 * family's link (24 families take about 700 B), 120 part links took 2,176 B.
 */
export const HOME_MOST_INDEX_PART_LINKS = 120;
