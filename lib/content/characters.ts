/**
 * The character classes the checker knows, each defined once: characters that show nothing or
 * change how the text around them shows, and the few of them that languages and emoji need.
 */

/** Control characters, zero-width spaces, direction overrides and isolates, byte order marks, private-use code points. */
const INVISIBLE_CLASS = String.raw`[\p{Cc}\p{Co}\p{Cf}\u2028\u2029]`;
const INVISIBLE = new RegExp(INVISIBLE_CLASS, "u");
const EACH_INVISIBLE = new RegExp(INVISIBLE_CLASS, "gu");

/**
 * The invisible characters that languages and emoji need: a zero-width non-joiner (Persian) or
 * joiner (Indic scripts, emoji such as 👩‍💻) between two visible characters, and the tags that
 * spell a subdivision after a black flag (🏴 + tags + cancel tag, such as Scotland's flag).
 */
const NEEDED_INVISIBLE = /(?<=[^\s\p{Cf}])[\u200C\u200D](?=[^\s\p{Cf}])|(?<=\u{1F3F4})[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

/** Tabs and line breaks are whitespace in text and the markdown body, not invisible characters. */
const TEXT_WHITESPACE = /[\t\n]/g;

/** Whether `text` holds a character that is invisible or a control character (tabs, line breaks and the needed joiners aside). */
export const hasInvisibleCharacter = (text: string) => INVISIBLE.test(text.replace(TEXT_WHITESPACE, " ").replace(NEEDED_INVISIBLE, ""));

/** `text` with every invisible character spelled out as `\u200B`, so an editor can see where it is. */
export const spellOutInvisible = (text: string) =>
  text.replace(EACH_INVISIBLE, (character) => `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);

/** Editors' tools add byte order marks and Windows line endings; neither may change the page. */
export const normalizeText = (text: string) => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/** Slugs come from folder and file names, so they must be safe in URLs and on every file system. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
