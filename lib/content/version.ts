import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";

/** Changes whenever a file under the content folder is saved, added, renamed or removed (links are not followed). */
export function contentVersion(contentDir: string): string {
  const files = readdirSync(contentDir, { recursive: true, encoding: "utf8" }).sort();
  const stamps = files.map((file) => `${file}@${lstatSync(path.join(contentDir, file)).mtimeMs}`);
  return String(hash(stamps.join("\n")));
}

/** FNV-1a: a short, stable fingerprint; nothing here needs a cryptographic hash. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return value;
}
