/**
 * The character classes the checker knows, each defined once: characters that show nothing or
 * change how the text around them shows, and the few of them that languages and emoji need.
 */

/**
 * Control characters, zero-width spaces, direction overrides and isolates, byte order marks,
 * private-use code points, lone surrogates, non-characters (such as U+FFFF), and the letters that
 * draw as blank space: the Hangul fillers, the braille blank, the combining grapheme joiner and
 * Khmer's invisible vowels.
 */
const INVISIBLE_CLASS = String.raw`[\p{Cc}\p{Co}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}\u2028\u2029\u034F\u115F\u1160\u17B4\u17B5\u2800\u3164\uFFA0]`;
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

/** A character as the `\u200B` code an editor can search for. */
const spelledOut = (character: string) => `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Whether `text` holds a character that is invisible or a control character (tabs, line breaks and the needed joiners aside). */
export const hasInvisibleCharacter = (text: string) => INVISIBLE.test(text.replace(TEXT_WHITESPACE, " ").replace(NEEDED_INVISIBLE, ""));

/** `text` with every invisible character spelled out as `\u200B`, so an editor can see where it is. */
export const spellOutInvisible = (text: string) => text.replace(EACH_INVISIBLE, spelledOut);

/** Characters that end or break a line in a log or a terminal: control characters (tabs and line breaks among them) and Unicode's line and paragraph separators. */
const BREAKS_A_LINE = /[\p{Cc}\u2028\u2029]/gu;

/** `text` on one line, every character that would break it spelled out as `\u000A`: a value an editor wrote can never start a line of its own in a log. */
export const onOneLine = (text: string) => text.replace(BREAKS_A_LINE, spelledOut);

/** A tab or line break: whitespace in the markdown body, a mistake in a one-line field (and a new line in a log). */
export const hasLineBreakOrTab = (text: string) => /[\t\n\r]/.test(text);

/** Editors' tools add byte order marks and Windows line endings; neither may change the page. */
export const normalizeText = (text: string) => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/** Slugs come from folder and file names, so they must be safe in URLs and on every file system. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What two titles share when they name the same thing, case, spacing and punctuation aside:
 * "HR Manager", "hr manager" and "H.R. manager" give one key. NFKC first, so that full-width
 * letters, ligatures and composed or decomposed accents compare as they read. Symbols stay
 * ("C++ developer" is not "C developer"); an accent stays too ("Resume writer" is not "Résumé
 * writer"), because a word can change with it.
 */
export function titleKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("en")
    .replace(/\p{P}+/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}
