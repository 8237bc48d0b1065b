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
const INVISIBLE_CLASS = String.raw`[\p{Cc}\p{Co}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}\p{Variation_Selector}\u2028\u2029\u034F\u115F\u1160\u17B4\u17B5\u2800\u3164\uFFA0]`;
const INVISIBLE = new RegExp(INVISIBLE_CLASS, "u");
const EACH_INVISIBLE = new RegExp(INVISIBLE_CLASS, "gu");

/**
 * Scripts whose letters a zero-width non-joiner or joiner shapes: the Arabic family (Persian's
 * می‌خواهم) and the Brahmic scripts of South and Southeast Asia (Hindi's क्‍ष). Latin, Cyrillic,
 * Greek or Han letters look the same with one between them, so there it only hides a difference.
 */
const JOINING_SCRIPT = `[${["Arabic", "Syriac", "Nko", "Mongolian", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Tibetan", "Myanmar", "Khmer"].map((script) => `\\p{scx=${script}}`).join("")}]`;

/**
 * The invisible characters that languages and emoji need, each only where it changes what shows:
 * - a zero-width non-joiner or joiner between two letters of a joining script;
 * - a zero-width joiner inside an emoji sequence (👩‍💻, 👩🏽‍💻, 🏳️‍🌈);
 * - the tags that spell a subdivision after a black flag, with the cancel tag (Scotland's 🏴 + "gbsct");
 * - the emoji and text presentation selectors after an emoji (✔️), and after a digit, `#` or `*` of a keycap (1️⃣);
 * - the variation selectors of ideographs (standardized and ideographic variants) and Mongolian's free variation selectors.
 */
const NEEDED_INVISIBLE = new RegExp(
  [
    `(?<=${JOINING_SCRIPT})[\\u200C\\u200D](?=${JOINING_SCRIPT})`,
    String.raw`(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}]|\p{Extended_Pictographic}\uFE0F)\u200D(?=\p{Extended_Pictographic})`,
    String.raw`(?<=\u{1F3F4})[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,4}\u{E007F}`,
    String.raw`(?<=(?![0-9#*])\p{Emoji})[\uFE0E\uFE0F]|(?<=[0-9#*])\uFE0F(?=\u20E3)`,
    String.raw`(?<=\p{Ideographic})[\uFE00-\uFE02\u{E0100}-\u{E01EF}]|(?<=\p{scx=Mongolian})[\u180B-\u180D\u180F]`,
  ].join("|"),
  "gu",
);

/** Tabs and line breaks are whitespace in text and the markdown body, not invisible characters. */
const TEXT_WHITESPACE = /[\t\n]/g;

/** A character as the `\u200B` code an editor can search for; one past U+FFFF in braces (`\u{E0100}`), so that no digit after it seems part of it. */
const spelledOut = (character: string) => {
  const code = character.codePointAt(0)!.toString(16).toUpperCase();
  return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, "0")}`;
};

/** Whether `text` holds a character that is invisible or a control character (tabs, line breaks and the needed joiners aside). */
export const hasInvisibleCharacter = (text: string) => INVISIBLE.test(text.replace(TEXT_WHITESPACE, " ").replace(NEEDED_INVISIBLE, ""));

/**
 * `text` with every invisible character spelled out as `\u200B`, so an editor can see where it is:
 * a value or name an editor wrote can never start a line of its own in a log, nor reorder the text
 * around it. Control characters (tabs and line breaks among them) are spelled out too.
 */
export const spellOutInvisible = (text: string) => text.replace(EACH_INVISIBLE, spelledOut);

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
