import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { timedNextBuild } from "./measure";
import { measurePage, nextStartBuild, type PageWeight } from "./page-weight";

/**
 * Writes the smallest App Router site: one page with a line of text (Lighthouse cannot measure a
 * page that paints nothing) and a bare layout, with the repository's next.config basics. It lives
 * under `.bench/` inside the repository so that it resolves the very same `next`, `react` and
 * `react-dom` from the repository's node_modules; nothing is installed.
 */
function writeEmptyNextApp(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(path.join(directory, "app"), { recursive: true });
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "empty-next-baseline", private: true }),
    "next.config.mjs": "export default { trailingSlash: true, poweredByHeader: false, reactStrictMode: true };\n",
    "app/layout.jsx": 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
    "app/page.jsx": "export default function Page() {\n  return <p>Empty page</p>;\n}\n",
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(directory, name), content);
}

/** Writes and builds the empty app in `directory`; what its page loads. */
export function measureEmptyNextPage(directory: string): PageWeight {
  writeEmptyNextApp(directory);
  timedNextBuild(directory);
  return measurePage(nextStartBuild(path.join(directory, ".next")), "/");
}
