import { chromium } from "playwright";
const [url, out, type] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const scheme of ["light", "dark"]) for (const width of [360, 1280]) {
  const p = await b.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  p.on("console", (m) => console.log("console:", m.text()));
  p.on("pageerror", (e) => console.log("pageerror:", e.message));
  await p.goto(url);
  if (type) { await p.locator("#search-query").fill(type); }
  await p.waitForTimeout(1200);
  await p.screenshot({ path: `${out}-${width}-${scheme}.png`, fullPage: true });
  if (width === 360 && scheme === "light") console.log((await p.locator("main").innerText()).slice(0, 1500));
  await p.close();
}
await b.close();
