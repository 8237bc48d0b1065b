/**
 * Serves a static export (out/ unless another folder is named) with deploy/nginx.conf on loopback
 * until stopped: `tsx scripts/serve-export.ts [port] [folder] [base path]`, the base path being
 * the path of the SITE_URL it was exported for (`/guide`), if any. The browser tests start it for
 * the export, the generated content's export and the export under a path.
 */
import path from "node:path";
import { describeValue } from "../lib/content";
import { commandLine, usageError } from "./lib/command-line";
import { ports } from "./lib/ports";
import { startExportServer } from "./lib/servers";
import { EXPORT_DIR } from "./lib/static-export";

const USAGE = "usage: tsx scripts/serve-export.ts [port] [folder] [base path]";
const [port = String(ports["static-export"]), folder = EXPORT_DIR, basePath = ""] = commandLine(USAGE, {}, { max: 3 }).positionals;
if (!/^\d+$/.test(port) || Number(port) > 65_535) usageError(USAGE, `the port is a number up to 65535, not ${describeValue(port)}`);

startExportServer(Number(port), path.resolve(folder), basePath).then(
  (server) => {
    console.log(`Serving ${folder}/ at ${server.url}${basePath}/`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void server.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
