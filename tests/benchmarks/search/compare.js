// SiteGen's search beside Pagefind's on the same built site, served over HTTP with gzip (server.js), in headless
// Chromium, a new browser context per query. Usage: node compare.js <base url> <queries.json>
// Measures, per engine and query: the first query of a cold page (from the moment the reader is in the box to the
// first five results with their snippets (an option is data-ready once its page's snippet file is in); SiteGen through its search box, Pagefind through its JS API: import,
// search, data() of the first five, what its UI waits for), unthrottled and at 4x CPU slowdown
// (Emulation.setCPUThrottlingRate); the bytes that query transferred (gzip bodies and headers, as the browser
// context's network events count them); at 4x, two later
// queries in the same page, and the same query on the next page view with the HTTP cache warm. And whether the
// expected page is in the first three results.
"use strict";
const fs = require("fs");
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

const base = process.argv[2].replace(/\/$/, "");
const set = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const queries = [].concat(...["topic", "typo", "quiz"].map(kind => set[kind].map(q => ({ ...q, kind }))));
const home = "/index.html";
const next = "/docs/dns/dns.html";

// In the page: the query typed into SiteGen's box, until five results (or all there are) show their snippets and
// nothing more is loading; the URLs of the first three.
async function sitegen(q) {
  const t0 = performance.now();
  const input = document.querySelector("input[type=search]");
  input.focus();
  input.value = q;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  const status = document.querySelector(".search__status");
  await new Promise(resolve => (function check() {
    const options = [...document.querySelectorAll("[role=option]")];
    const text = status.textContent;
    const done = text === "No results" || (options.length > 0 && /results?$/.test(text) &&
      options.slice(0, 5).every(o => o.hasAttribute("data-ready")));
    if (done || performance.now() - t0 > 20000) { resolve(); } else { setTimeout(check, 2); }
  })());
  const ms = performance.now() - t0;
  const top = [...document.querySelectorAll("[role=option] a")].slice(0, 3).map(a => new URL(a.href).pathname);
  const bytes = performance.getEntriesByType("resource").filter(r => r.startTime >= t0).reduce((n, r) => n + r.transferSize, 0);
  return { ms, top, bytes, status: status.textContent };
}

async function pagefind(q) {
  const t0 = performance.now();
  const pf = await import("/pagefind/pagefind.js");
  const search = await pf.search(q);
  const data = await Promise.all(search.results.slice(0, 5).map(r => r.data()));
  const ms = performance.now() - t0;
  const top = data.slice(0, 3).map(d => new URL(d.url, location.href).pathname);
  const bytes = performance.getEntriesByType("resource").filter(r => r.startTime >= t0).reduce((n, r) => n + r.transferSize, 0);
  return { ms, top, bytes };
}

const engines = { SiteGen: sitegen, Pagefind: pagefind };

async function run(browser, engine, query, rate, later) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.goto(base + home, { waitUntil: "load" });
  await page.waitForTimeout(300);
  const measure = engines[engine];
  // Bytes from the network events (Pagefind fetches from a worker, which the page's resource timing does not see).
  let bytes = 0;
  const count = request => request.sizes().then(s => { bytes += s.responseBodySize + s.responseHeadersSize; }, () => { });
  const pending = [];
  const listener = request => pending.push(count(request));
  context.on("requestfinished", listener);
  const first = await page.evaluate(measure, query.q);
  await Promise.all(pending);
  context.off("requestfinished", listener);
  first.bytes = bytes;
  const out = { first };
  if (later) {
    out.later = [];
    for (const other of later) {
      out.later.push(await page.evaluate(measure, other));
    }
    await page.goto(base + next, { waitUntil: "load" });
    await page.waitForTimeout(300);
    out.next = await page.evaluate(measure, query.q);
  }
  await context.close();
  return out;
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
  const rows = {};
  for (const engine of Object.keys(engines)) {
    const r = rows[engine] = { first1: [], first4: [], bytes: [], later4: [], next4: [], top3: { topic: 0, typo: 0, quiz: 0 }, misses: [] };
    for (let i = 0; i < queries.length; i++) {
      const query = queries[i];
      const later = [queries[(i + 7) % queries.length].q, queries[(i + 13) % queries.length].q];
      const fast = await run(browser, engine, query, 1, null);
      const slow = await run(browser, engine, query, 4, later);
      r.first1.push(fast.first.ms);
      r.first4.push(slow.first.ms);
      r.bytes.push(fast.first.bytes);
      slow.later.forEach(l => r.later4.push(l.ms));
      r.next4.push(slow.next.ms);
      const hit = fast.first.top.some(url => query.expect.some(e => url.replace(/\.html$/, "").endsWith(e)));
      if (hit) { r.top3[query.kind]++; } else { r.misses.push(`${query.kind} "${query.q}": ${fast.first.top.map(u => u.split("/").pop()).join(", ") || "nothing"}`); }
      console.error(`${engine} ${query.q}: ${fast.first.status || ""} ${fast.first.ms.toFixed(0)} ms, ${slow.first.ms.toFixed(0)} ms at 4x, ${fast.first.bytes} B, next ${slow.next.ms.toFixed(0)} ms, top3 ${hit ? "yes" : "no"}`);
    }
  }
  const n = kind => set[kind].length;
  const line = (label, f) => console.log(`| ${label} | ${f(rows.SiteGen)} | ${f(rows.Pagefind)} |`);
  console.log(`\n${queries.length} queries, medians, a new browser context per query\n`);
  console.log("| | SiteGen | Pagefind 1.6.0 |\n|---|---|---|");
  line("first results after the first query", r => `${median(r.first1).toFixed(0)} ms`);
  line("same at 4x CPU slowdown", r => `${median(r.first4).toFixed(0)} ms`);
  line("transferred for it (gzip)", r => `${(median(r.bytes) / 1024).toFixed(0)} KB (max ${(Math.max(...r.bytes) / 1024).toFixed(0)} KB)`);
  line("later queries at 4x", r => `${median(r.later4).toFixed(0)} ms (p90 ${[...r.later4].sort((a, b) => a - b)[Math.floor(r.later4.length * 0.9)].toFixed(0)} ms)`);
  line("next page view, cache warm, at 4x", r => `${median(r.next4).toFixed(0)} ms`);
  line("expected page in the top 3: topic", r => `${r.top3.topic}/${n("topic")}`);
  line("typo", r => `${r.top3.typo}/${n("typo")}`);
  line("quiz explanation", r => `${r.top3.quiz}/${n("quiz")}`);
  for (const engine of Object.keys(rows)) {
    console.log(`\n${engine} misses:\n  ${rows[engine].misses.join("\n  ") || "none"}`);
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
