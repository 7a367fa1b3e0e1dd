// Opens every page of a built site over file:// in headless Chromium at phone widths and lists the pages wider than
// the screen, each with the element that sticks out furthest. Exits 1 when any page overflows.
// Usage: node overflow.js <site folder> [width ...]   (default widths: 390)
// PLAYWRIGHT_CORE names the playwright-core package that the Microsoft.Playwright NuGet package ships.
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

function pages(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) pages(full, out);
    else if (entry.name.endsWith(".html")) out.push(full);
  }
  return out;
}

(async () => {
  const site = path.resolve(process.argv[2]);
  const widths = process.argv.slice(3).map(Number);
  if (widths.length === 0) widths.push(390);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
  const all = pages(site).sort();
  let wide = 0;
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const file of all) {
      await page.goto("file://" + file, { waitUntil: "load" });
      const found = await page.evaluate(() => {
        const doc = document.documentElement;
        if (doc.scrollWidth <= doc.clientWidth + 1) return null;
        let worst = null;
        const clipped = (el) => {
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== "visible") return true;
          }
          return false;
        };
        for (const el of document.body.querySelectorAll("*")) {
          const r = el.getBoundingClientRect();
          if (r.right <= doc.clientWidth + 1 || clipped(el)) continue;
          if (r.right > doc.clientWidth + 1 && (!worst || r.right > worst.right)) {
            worst = { right: Math.round(r.right), what: el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : "") + " " + (el.textContent || "").trim().slice(0, 60) };
          }
        }
        return { scrollWidth: doc.scrollWidth, worst };
      });
      if (found) {
        wide++;
        console.log(`${width}px ${path.relative(site, file)}: ${found.scrollWidth}px wide; ${found.worst ? found.worst.what + " reaches " + found.worst.right + "px" : ""}`);
      }
    }
    await context.close();
  }
  console.log(`${wide} page views wider than the screen, of ${all.length * widths.length}`);
  await browser.close();
  process.exit(wide ? 1 : 0);
})();
