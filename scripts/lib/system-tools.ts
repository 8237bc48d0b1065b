import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM } from "./chromium";
import { NGINX } from "./servers";

interface SystemTool {
  what: string;
  executable: string;
  aptPackage: string;
  /** The variable that points the suites at another binary. */
  override: string;
}

const TOOLS: SystemTool[] = [
  { what: "Chromium", executable: CHROMIUM, aptPackage: "chromium", override: "CHROMIUM_PATH" },
  { what: "nginx", executable: NGINX, aptPackage: "nginx-light", override: "NGINX_PATH" },
];

/**
 * The browser tests need Debian's chromium, the export's tests nginx. The one place they are
 * installed: as root on Debian or Ubuntu with apt-get; anywhere else, says how and returns false.
 */
export function ensureSystemTools(): boolean {
  const missing = TOOLS.filter((tool) => !existsSync(tool.executable));
  if (missing.length === 0) return true;
  const packages = missing.map((tool) => tool.aptPackage).join(" ");
  if (process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0) {
    console.log(`\n${missing.map((tool) => tool.executable).join(" and ")} missing; installing ${packages} from Debian…`);
    spawnSync("sh", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`], { stdio: "inherit" });
    if (missing.every((tool) => existsSync(tool.executable))) return true;
  }
  const overrides = missing.map((tool) => `set ${tool.override} to another ${tool.what} binary`).join(", or ");
  console.error(
    `\nThe tests need ${missing.map((tool) => `${tool.what} at ${tool.executable}`).join(" and ")}. Install with:\n\n  sudo apt-get install -y ${packages}\n\nor ${overrides}.`,
  );
  return false;
}
