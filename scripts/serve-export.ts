/**
 * Serves the static export in out/ with deploy/nginx.conf, in the foreground, on loopback:
 * `tsx scripts/serve-export.ts [port]`. The browser tests and the link check start it. nginx
 * gets a private prefix with its own pid, logs and temp paths, so it runs as root or not.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
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

export interface ExportServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts nginx over `root` on 127.0.0.1:`port`; resolves once it answers. */
export async function startExportServer(port = EXPORT_PORT, root = path.resolve("out")): Promise<ExportServer> {
  if (!existsSync(path.join(root, "index.html"))) throw new Error(`${root} has no index.html: run \`npm run export\` first.`);
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: run \`sudo apt-get install -y nginx-light\` or set NGINX_PATH.`);
  const prefix = mkdtempSync(path.join(tmpdir(), "career-guide-nginx-"));
  // Worker processes drop root privileges to "nobody", which must still reach the temp paths.
  chmodSync(prefix, 0o755);
  writeFileSync(path.join(prefix, "site.conf"), siteConfig(`127.0.0.1:${port}`, root));
  writeFileSync(path.join(prefix, "nginx.conf"), mainConfig(prefix));
  const test = spawnSync(NGINX, ["-t", "-q", "-e", "stderr", "-p", prefix, "-c", `${prefix}/nginx.conf`], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);

  const nginx = spawn(NGINX, ["-e", "stderr", "-p", prefix, "-c", `${prefix}/nginx.conf`, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<void>((resolve) => nginx.once("exit", () => resolve()));
  const stop = async () => {
    nginx.kill("SIGTERM");
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (nginx.exitCode !== null) break;
    const answered = await fetch(url).then(() => true, () => false);
    if (answered) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not answer on ${url}`);
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
