/**
 * Serves the static export in out/ with deploy/nginx.conf, in the foreground, on loopback:
 * `tsx scripts/serve-export.ts [port]`. The browser tests, the link check, the budgets and the
 * benchmark start it. nginx gets a private prefix with its own pid and temp paths, so it runs as
 * root or not.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RunningServer } from "./lib/next-server";
import { NGINX, startNginx } from "./lib/processes";
import { EXPORT_DIR } from "./lib/static-export";

export const EXPORT_PORT = 8105;

/** deploy/nginx.conf with its placeholders filled, as `envsubst` would in a deploy. */
export function siteConfig(listen: string, siteRoot: string): string {
  return readFileSync("deploy/nginx.conf", "utf8").replaceAll("${LISTEN}", listen).replaceAll("${SITE_ROOT}", siteRoot);
}

function mainConfig(prefix: string): string {
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/client-body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`;
}

/** Starts nginx over `root` on 127.0.0.1:`port`; resolves once it answers. */
export async function startExportServer(port = EXPORT_PORT, root = path.resolve(EXPORT_DIR)): Promise<RunningServer> {
  if (!existsSync(path.join(root, "index.html"))) throw new Error(`${root} has no index.html: run \`npm run export\` first.`);
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: run \`sudo apt-get install -y nginx-light\` or set NGINX_PATH.`);
  const prefix = mkdtempSync(path.join(tmpdir(), "career-guide-nginx-"));
  // Worker processes drop root privileges to "nobody", which must still reach the temp paths.
  chmodSync(prefix, 0o755);
  writeFileSync(path.join(prefix, "site.conf"), siteConfig(`127.0.0.1:${port}`, root));
  writeFileSync(path.join(prefix, "nginx.conf"), mainConfig(prefix));
  const removePrefix = () => rmSync(prefix, { recursive: true, force: true });
  const test = spawnSync(NGINX, ["-t", "-q", "-e", "stderr", "-p", prefix, "-c", `${prefix}/nginx.conf`], { encoding: "utf8" });
  if (test.status !== 0) {
    removePrefix();
    throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  }
  const nginx = await startNginx(prefix, `${prefix}/nginx.conf`, `http://127.0.0.1:${port}/`).catch((error: unknown) => {
    removePrefix();
    throw error;
  });
  return { url: nginx.url, stop: () => nginx.stop().then(removePrefix) };
}

async function main() {
  const server = await startExportServer(Number(process.argv[2] ?? EXPORT_PORT));
  console.log(`Serving out/ at ${server.url}/`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
