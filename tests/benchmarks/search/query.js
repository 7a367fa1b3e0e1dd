// Opens a built site from file:// in headless Chromium, opens search (loading and indexing), then times queries.
// Usage: node query.js <site folder> [rounds]. Uses the playwright-core that the Microsoft.Playwright NuGet package ships.
"use strict";
const path = require("path");
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

const queries = [
  "elastic beanstalk blue green", "dynamodb partition key", "lambda", "vpc subnet", "s3 bucket policy",
  "django models", "zabbix agent", "dns record", "linux permissions", "kubernets", "cloudformation stack",
  "iam role", "elasti", "autoscaling", "proxmox backup", "route 53", "ec2 instance types", "netbox", "oracle", "dhcp lease",
];

(async () => {
  const site = path.resolve(process.argv[2]);
  const rounds = Number(process.argv[3] || 20);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage();
  await page.goto("file://" + path.join(site, "index.html"));
  const before = await page.evaluate(() => performance.getEntriesByType("resource").map(r => r.name));
  const started = Date.now();
  const opened = await page.evaluate(() => window.SiteGenSearch.open());
  const openMs = Date.now() - started;
  const times = [];
  const slowest = {};
  const hits = {};
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const answer = await page.evaluate(q => window.SiteGenSearch.query(q), q);
      times.push(answer.ms);
      slowest[q] = Math.max(slowest[q] || 0, answer.ms);
      hits[q] = answer.results.length ? answer.results[0].page + " (" + answer.results.length + ")" : "none";
    }
  }
  times.sort((a, b) => a - b);
  const at = p => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
  console.log(`scripts loaded before search opened: ${before.filter(n => /search\/|minisearch|stemmer/.test(n)).length}`);
  console.log(`open (load scripts + index ${opened.entries} entries in the browser): ${openMs} ms, of which indexing ${opened.buildMs.toFixed(0)} ms`);
  console.log(`query time over ${times.length} queries: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1].toFixed(2)} ms`);
  for (const q of queries) {
    console.log(`  ${q}: ${hits[q]}, slowest ${slowest[q].toFixed(1)} ms`);
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
