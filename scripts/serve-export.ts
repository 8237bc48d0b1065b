/**
 * Serves a static export (out/ unless another folder is named) with deploy/nginx.conf on loopback
 * until stopped: `tsx scripts/serve-export.ts [port] [folder]`. The browser tests start it for
 * the export and the generated content's export.
 */
import path from "node:path";
import { ports } from "./lib/ports";
import { startExportServer } from "./lib/servers";
import { EXPORT_DIR } from "./lib/static-export";

const [port = ports["static-export"], folder = EXPORT_DIR] = process.argv.slice(2);

startExportServer(Number(port), path.resolve(folder)).then(
  (server) => {
    console.log(`Serving ${folder}/ at ${server.url}/`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void server.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
