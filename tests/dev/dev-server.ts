import path from "node:path";

const port = Number(process.env.E2E_DEV_PORT ?? 4410);

/** `next dev` for the save-and-see test: its port and the content copy it serves. */
export const devServer = {
  port,
  url: `http://127.0.0.1:${port}`,
  contentDir: path.resolve(".test-results/dev-content"),
};
