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
