import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { ports } from "./ports";
import { EXPORT_DIR } from "./static-export";

/** Starting and stopping the servers the tests, the budgets and the bench need, on loopback. */
export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Debian's nginx, or another binary named by NGINX_PATH. */
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

/**
 * Next.js's command, run through node rather than npx so that stopping it stops its server too.
 * Found as node finds packages from the working folder, so that a copy of the site in a subfolder
 * (the bench's) uses the repository's.
 */
export const NEXT_BIN = createRequire(path.resolve("package.json")).resolve("next/dist/bin/next");

/** Polls until `url` answers; gives up after 30 s or when the server process ends. */
async function waitForUrl(url: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (const deadline = Date.now() + 30_000; Date.now() < deadline && !gone;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer${gone ? ": the server exited" : " within 30 s"}`);
}

/** A server process in its own process group, so that stopping it stops its workers too; ready once `url` answers. */
async function serve(command: string, args: string[], url: string, options: SpawnOptions = {}): Promise<RunningServer> {
  const server = spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "inherit"], ...options });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid!, "SIGTERM");
    await exited;
  };
  await waitForUrl(url, exited).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url: new URL(url).origin, stop };
}

/** `next start` over the build in `projectDir`. */
export function startNextServer(port: number, projectDir = "."): Promise<RunningServer> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  return serve(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], `http://127.0.0.1:${port}`, { cwd: projectDir, env });
}

/**
 * nginx's main configuration around one `server { … }` block, with its pid and temp files in
 * `prefix`. Started as root, nginx would run its workers as `nobody`, who cannot read a checkout
 * in a private folder (a home directory, a `mktemp -d`): they run as the invoking user instead.
 * The link check asks a hundred URLs at a time and leaves its connections open: with 256
 * connections nginx ran out on an export of 300 pages and reset some, which the check reported
 * as broken links.
 */
function nginxConfig(prefix: string, serverBlock: string): string {
  return `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((temp) => `  ${temp}_temp_path ${prefix}/${temp};`).join("\n")}
${serverBlock}
}
`;
}

/** nginx serving `serverBlock` until stopped; ready once `url` answers. */
export async function startNginx(serverBlock: string, url: string): Promise<RunningServer> {
  if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: run \`sudo apt-get install -y nginx-light\` or set NGINX_PATH.`);
  const prefix = mkdtempSync(path.join(tmpdir(), "career-guide-nginx-"));
  const removePrefix = () => rmSync(prefix, { recursive: true, force: true });
  const config = path.join(prefix, "nginx.conf");
  writeFileSync(config, nginxConfig(prefix, serverBlock));
  const args = ["-e", "stderr", "-p", prefix, "-c", config];
  const test = spawnSync(NGINX, ["-t", "-q", ...args], { encoding: "utf8" });
  try {
    if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
    const nginx = await serve(NGINX, [...args, "-g", "daemon off;"], url);
    return { url: nginx.url, stop: () => nginx.stop().then(removePrefix) };
  } catch (error) {
    removePrefix();
    throw error;
  }
}

/** deploy/nginx.conf's server block with its placeholders filled, as `envsubst` would in a deploy. */
function deployServerBlock(listen: string, root: string, basePath = ""): string {
  return readFileSync("deploy/nginx.conf", "utf8").replaceAll("${LISTEN}", listen).replaceAll("${SITE_ROOT}", root).replaceAll("${BASE_PATH}", basePath);
}

/**
 * The static export in `exportDir` as deployed, at `basePath` (`/guide`, or empty for the root):
 * nginx with deploy/nginx.conf, whose root holds the export at that path, here as a link to it.
 */
export async function startExportServer(port = ports["static-export"], exportDir = path.resolve(EXPORT_DIR), basePath = ""): Promise<RunningServer> {
  if (!existsSync(path.join(exportDir, "index.html"))) throw new Error(`${exportDir} has no index.html: run \`npm run export\` first.`);
  const url = `http://127.0.0.1:${port}${basePath}/`;
  if (!basePath) return startNginx(deployServerBlock(`127.0.0.1:${port}`, exportDir), url);
  const root = mkdtempSync(path.join(tmpdir(), "career-guide-root-"));
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  mkdirSync(path.dirname(path.join(root, basePath)), { recursive: true });
  symlinkSync(exportDir, path.join(root, basePath));
  const server = await startNginx(deployServerBlock(`127.0.0.1:${port}`, root, basePath), url).catch((error: unknown) => {
    removeRoot();
    throw error;
  });
  return { url: server.url, stop: () => server.stop().then(removeRoot) };
}
