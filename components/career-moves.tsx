import type { Career, CareerLevelRef, Level } from "@/lib/content";
import { paths } from "@/lib/site";
import { linkClass } from "./link-class";
import { Section } from "./section";

interface MoveLinksProps {
  moves: CareerLevelRef[];
  /** The page of the move between this level and `move`'s: each move has one, from its origin. */
  hrefOf: (move: CareerLevelRef) => string;
}

function MoveLinks({ moves, hrefOf }: MoveLinksProps) {
  return (
    <ul className="space-y-2">
      {moves.map((move) => (
        <li key={`${move.career.slug}/${move.level.slug}`}>
          <a href={hrefOf(move)} className={linkClass}>
            {move.career.title}: {move.level.title.toLowerCase()}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The levels of other careers people commonly move to from this level, and those they come from,
 * each linked to the page of the move: what it asks for, and both levels side by side.
 */
export function CareerMoves({ career, level }: { career: Career; level: Level }) {
  return (
    <>
      {level.movesTo.length > 0 && (
        <Section id="moves-to" title="Where people go from here">
          <MoveLinks moves={level.movesTo} hrefOf={(to) => paths.move(career.slug, level.slug, to.career.slug, to.level.slug)} />
        </Section>
      )}
      {level.movesFrom.length > 0 && (
        <Section id="moves-from" title="Where people come from">
          <MoveLinks moves={level.movesFrom} hrefOf={(from) => paths.move(from.career.slug, from.level.slug, career.slug, level.slug)} />
        </Section>
      )}
    </>
  );
}
