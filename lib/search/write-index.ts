import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import type { Career } from "../content";
import { searchRecords } from "./records";

/**
 * Writes the search index of `careers` to `outputPath`, replacing what was there: Pagefind's
 * script, its WebAssembly and the index's files, which the search page loads from that folder.
 * Throws with Pagefind's messages when it cannot.
 */
export function writeSearchIndex(careers: readonly Career[], outputPath: string): { pages: number } {
  rmSync(outputPath, { recursive: true, force: true });
  const records = searchRecords(careers);
  const writer = path.resolve(/* turbopackIgnore: true */ process.cwd(), "lib/search/pagefind-writer.mjs");
  const written = spawnSync(process.execPath, [writer], { input: JSON.stringify({ outputPath, records }), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (written.status !== 0) throw new Error(`The search index could not be written:\n${written.stderr || written.error?.message || `exit ${written.status}`}`);
  return { pages: records.length };
}
