// The search page's interface to the index (components/search-page.tsx draws the page; lib/search
// builds the index). The one script the site has: the static export keeps it on /search/ alone.
// Results are built as text nodes and elements made here, never from markup in the index, so a
// title in the content shows as written, whatever characters it holds.

const form = document.getElementById("search-form");
const query = document.getElementById("search-query");
const family = document.getElementById("search-family");
const summary = document.getElementById("search-summary");
const status = document.getElementById("search-status");
const results = document.getElementById("search-results");
const letters = document.getElementById("search-letters");
const unavailable = document.getElementById("search-unavailable");

/** At most this many results are drawn: past them, a reader narrows the query or the family. */
const MOST_RESULTS = 30;
/** Words of text shown around the first match in a page's body. */
const EXCERPT_WORDS = 26;
/** Pause after the last keystroke before searching, so typing is not slowed by searches it outdates. */
const TYPING_PAUSE_MS = 50;
/** Pause before the count is announced, so a screen reader speaks it once typing stops. */
const ANNOUNCE_PAUSE_MS = 400;

const element = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** A word as the index compares it: lower case, without the punctuation around it. */
const bare = (word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/** `text` as nodes, with each word the search matched in a <mark>, the punctuation around it left out. */
function marked(text, matched) {
  const nodes = [];
  for (const part of text.split(/(\s+)/)) {
    const [, before, word, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(part) ?? [];
    if (word && matched.has(bare(part))) {
      if (before) nodes.push(document.createTextNode(before));
      // The browser's own highlight (black on yellow) reads in light and dark alike.
      nodes.push(element("mark", "", word));
      if (after) nodes.push(document.createTextNode(after));
    } else if (part) nodes.push(document.createTextNode(part));
  }
  return nodes;
}

/**
 * A few words of the page's body around its first match past the words its title, job titles and
 * career already show, or its first words when the match is in those alone.
 */
function excerptOf(words, locations, shownWords) {
  const inBody = Math.min(...locations.filter((location) => location >= shownWords));
  const start = inBody === Infinity ? shownWords : Math.max(shownWords, inBody - Math.floor(EXCERPT_WORDS / 3));
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  if (start >= end) return "";
  return `${start > shownWords ? "… " : ""}${words.slice(start, end).join(" ")}${end < words.length ? " …" : ""}`;
}

function resultItem(data) {
  const { title, career, roles } = data.meta;
  const words = data.content.split(/\s+/);
  const matched = new Set(data.locations.map((location) => bare(words[location] ?? "")));
  const shownWords = [title, roles, career].filter(Boolean).join(" ").split(/\s+/).length;

  const item = element("li", "border-b border-slate-200 py-4 dark:border-slate-800");
  const link = element("a", "text-lg font-semibold text-teal-700 underline underline-offset-2 dark:text-teal-300");
  link.href = data.url;
  link.append(...marked(title, matched));
  const where = element("p", "text-sm text-slate-600 dark:text-slate-400", career ? `A level of ${career}` : "Career overview");
  item.append(link, where);
  if (roles) {
    const jobTitles = element("p", "mt-1", "Job titles: ");
    jobTitles.append(...marked(roles, matched));
    item.append(jobTitles);
  }
  const excerpt = excerptOf(words, data.locations, shownWords);
  if (excerpt) {
    const text = element("p", "mt-1 text-slate-700 dark:text-slate-300");
    text.append(...marked(excerpt, matched));
    item.append(text);
  }
  return item;
}

/** The address of this page for the query and family chosen, so Back, a reload and a shared link show the same results. */
function keepInAddress(text, chosenFamily) {
  const address = new URL(location.href);
  for (const [name, value] of [
    ["q", text],
    ["family", chosenFamily],
  ]) {
    if (value) address.searchParams.set(name, value);
    else address.searchParams.delete(name);
  }
  history.replaceState(history.state, "", address);
}

/** Pagefind, once its script and WebAssembly have loaded; the reader may type before then. */
const pagefind = import(new URL("pagefind/pagefind.js", import.meta.url).href).then(async (loaded) => {
  await loaded.init();
  return loaded;
});
let latest = 0;
let announcing;

/**
 * What the results are: shown at once, with them, since a summary that grew a line afterwards would
 * move the results a reader is looking at; and announced to the screen reader once typing pauses,
 * rather than at each keystroke while results follow the typing.
 */
function announce(text) {
  summary.textContent = text;
  clearTimeout(announcing);
  announcing = setTimeout(() => {
    status.textContent = text;
  }, ANNOUNCE_PAUSE_MS);
}

function show(text, items, count, within) {
  results.replaceChildren(...items);
  // What the results are for: the bench times a query until its results are on the page.
  results.dataset.query = text;
  letters.hidden = count !== 0;
  if (count === 0) announce(`No results for “${text}”${within}. Try another word, or find your job title A to Z:`);
  else announce(`${count} result${count === 1 ? "" : "s"} for “${text}”${within}${count > items.length ? `, the first ${items.length} shown` : ""}.`);
}

async function search() {
  const text = query.value.trim();
  const chosenFamily = family.value;
  keepInAddress(text, chosenFamily);
  const asked = ++latest;
  if (!text) {
    results.replaceChildren();
    delete results.dataset.query;
    letters.hidden = true;
    announce("");
    return;
  }
  const within = chosenFamily ? ` in ${chosenFamily}` : "";
  try {
    const found = await (await pagefind).debouncedSearch(text, chosenFamily ? { filters: { family: chosenFamily } } : {}, TYPING_PAUSE_MS);
    // A later keystroke has started a search of its own.
    if (found === null || asked !== latest) return;
    const shown = await Promise.all(found.results.slice(0, MOST_RESULTS).map((result) => result.data()));
    if (asked !== latest) return;
    show(text, shown.map(resultItem), found.results.length, within);
  } catch {
    if (asked !== latest) return;
    results.replaceChildren();
    unavailable.hidden = false;
    letters.hidden = false;
    announce(`Search could not load results for “${text}”${within}.`);
  }
}

// The address's query and family first, then whatever the reader types, each searched as Pagefind is ready.
const asked = new URLSearchParams(location.search);
query.value ||= asked.get("q") ?? "";
if ([...family.options].some((option) => option.value === asked.get("family"))) family.value = asked.get("family");
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void search();
});
query.addEventListener("input", () => void search());
family.addEventListener("change", () => void search());
pagefind.then(
  () => search(),
  () => {
    unavailable.hidden = false;
    letters.hidden = false;
  },
);
