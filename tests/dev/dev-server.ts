import path from "node:path";
import { ports } from "../../scripts/lib/ports";

const port = ports["next-dev"];

/** `next dev` for the save-and-see test: its port and the content copy it serves. */
export const devServer = {
  port,
  url: `http://127.0.0.1:${port}`,
  contentDir: path.resolve(".test-results/dev-content"),
};
