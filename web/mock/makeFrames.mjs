// Renders demo-page.html in Debian Chromium at several scroll positions and writes JPEG frames plus the
// phones' boxes measured in the live DOM, as fixtures for mockServer.mjs. Run: node mock/makeFrames.mjs
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(pathToFileURL(join(here, "demo-page.html")).toString());
const frames = [];
const height = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y <= height - 800 && i < 12; y += 240, i++) {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  const file = `frame-${i}.jpg`;
  await page.screenshot({ path: join(here, "frames", file), type: "jpeg", quality: 60 });
  const phones = await page.evaluate(() =>
    [...document.querySelectorAll("[data-phone]")].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        e164: el.dataset.phone,
        layer: el.dataset.layer,
        context: el.closest("article").querySelector("h2").textContent + " · Call: " + el.textContent,
        box: { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height },
      };
    }),
  );
  frames.push({ file, scrollX: 0, scrollY: await page.evaluate(() => scrollY), phones });
}
writeFileSync(join(here, "frames", "frames.json"), JSON.stringify({ viewportWidth: 1280, viewportHeight: 800, frames }, null, 1));
await browser.close();
console.log(`wrote ${frames.length} frames`);
