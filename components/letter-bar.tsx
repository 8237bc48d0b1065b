import type { LetterLinks } from "@/lib/pages/browse";
import { linkClass } from "./link-class";

/** What the letter bar is called where it is a landmark of its own. */
export const LETTER_BAR_NAME = "Job titles A to Z";

interface LetterBarProps {
  letters: readonly LetterLinks[];
  /** The letter of the page it is on, marked for the reader and for assistive technology. */
  current?: string;
}

/** The A-Z index's letters, each with a link to every part listed, the letter's script named where it changes. */
export function LetterBar({ letters, current }: LetterBarProps) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2">
      {letters.map((letter, index) => (
        <li key={letter.parts[0]} className="flex flex-wrap items-baseline gap-x-2">
          {letter.script && letter.script !== letters[index - 1]?.script && (
            <span className="text-sm text-slate-600 dark:text-slate-400">{letter.script}:</span>
          )}
          {letter.parts.map((href, part) => {
            const isCurrent = part === 0 && letter.label === current;
            return (
              <a
                key={href}
                href={href}
                aria-label={part > 0 ? `${letter.label}, part ${part + 1}` : undefined}
                aria-current={isCurrent ? "true" : undefined}
                className={`inline-block min-w-6 py-0.5 text-center ${linkClass}${isCurrent ? " font-bold" : ""}`}
              >
                {part > 0 ? `${letter.label} ${part + 1}` : letter.label}
              </a>
            );
          })}
        </li>
      ))}
    </ul>
  );
}
