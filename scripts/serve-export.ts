/**
 * Serves the static export in out/ with deploy/nginx.conf on loopback until stopped:
 * `tsx scripts/serve-export.ts [port]`. The browser tests start it for the export.
 */
import { ports } from "./lib/ports";
import { startExportServer } from "./lib/servers";

startExportServer(Number(process.argv[2] ?? ports["static-export"])).then(
  (server) => {
    console.log(`Serving out/ at ${server.url}/`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void server.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
