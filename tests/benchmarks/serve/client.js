// The serve benchmark's client (see run.sh): talks to a running `sitegen serve` on 127.0.0.1 only.
//   node client.js latency URL NOTES LESSON EDITS GAP_MS   save one lesson EDITS times, time save -> reload event
//   node client.js edits URL NOTES LESSON EDITS PID [GAP]  EDITS saves, each waiting for its reload (then GAP ms);
//                                                          the server's RSS after the first and after the last
//   node client.js load URL CLIENTS SECONDS PAGE...        CLIENTS concurrent keep-alive clients fetching pages
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const [mode, base, ...rest] = process.argv.slice(2);
const url = new URL(base);
if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') { throw new Error('loopback only'); }

function events(onEvent) {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL('_sitegen/events', url), res => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', chunk => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = (block.match(/^event: (.*)$/m) || [])[1];
          const data = (block.match(/^data: (.*)$/m) || [])[1];
          if (name) { onEvent(name, data, performance.now()); }
        }
      });
      resolve(req);
    });
    req.on('error', reject);
  });
}

async function saves(notes, lesson, count, gapMs, report) {
  const file = path.join(notes, lesson);
  const original = fs.readFileSync(file, 'utf8');
  const page = lesson.replace(/(^|\/)(README|index)\.md$/i, '$1index.html').replace(/\.md$/, '.html');
  let waiting = null;
  const req = await events((name, data, at) => {
    if (name === 'reload' && waiting && JSON.parse(data).paths.includes(page)) { waiting(at); }
    if (name === 'errors') { console.error('build errors:', data); }
  });
  const times = [];
  try {
    for (let i = 1; i <= count; i++) {
      const arrived = new Promise((resolve, reject) => {
        waiting = resolve;
        setTimeout(() => reject(new Error(`edit ${i}: no reload within 10 s`)), 10000).unref();
      });
      const saved = performance.now();
      fs.writeFileSync(file, `${original}\n\nBenchmark edit ${i}.\n`);
      times.push((await arrived) - saved);
      waiting = null;
      if (report) { report(i); }
      if (gapMs > 0) { await new Promise(r => setTimeout(r, gapMs)); }
    }
  } finally {
    fs.writeFileSync(file, original);
    req.destroy();
  }
  return times;
}

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)]; }

async function load(clients, seconds, pages) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const until = performance.now() + seconds * 1000;
  let requests = 0, errors = 0, bytes = 0;
  const statuses = {};
  async function client(n) {
    for (let i = n; performance.now() < until; i++) {
      await new Promise(resolve => {
        const req = http.get(new URL(pages[i % pages.length], url), { agent }, res => {
          statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
          if (res.statusCode !== 200) { errors++; }
          res.on('data', c => { bytes += c.length; });
          res.on('end', () => { requests++; resolve(); });
        });
        req.setTimeout(10000, () => req.destroy(new Error('timeout')));
        req.on('error', () => { errors++; requests++; resolve(); });
      });
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  agent.destroy();
  console.log(`load: ${clients} clients for ${seconds} s: ${requests} requests (${Math.round(requests / seconds)}/s), ${errors} errors, ` +
    `${(bytes / 1e6).toFixed(1)} MB, statuses ${JSON.stringify(statuses)}`);
  if (errors > 0) { process.exitCode = 1; }
}

(async () => {
  if (mode === 'latency') {
    const [notes, lesson, count, gap] = rest;
    const times = await saves(notes, lesson, +count, +gap);
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`latency: ${times.length} saves of ${lesson}, ${gap} ms apart: save -> reload event median ${percentile(sorted, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(sorted, 95).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`);
  } else if (mode === 'edits') {
    const [notes, lesson, count, pid, gap] = rest;
    const rss = () => +fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)[1] / 1024;
    let first = 0;
    const started = performance.now();
    const every = [];
    await saves(notes, lesson, +count, +(gap || 0), i => {
      if (i === 1) { first = rss(); }
      if (i % Math.max(1, Math.floor(count / 5)) === 0) { every.push(`${i}: ${rss().toFixed(0)}`); }
    });
    const last = rss();
    console.log(`memory, saves ${gap || 0} ms apart: RSS after the first edit ${first.toFixed(0)} MB, after edit ${count} ${last.toFixed(0)} MB ` +
      `(${(last - first >= 0 ? '+' : '')}${(last - first).toFixed(0)} MB; ${count} edits in ${((performance.now() - started) / 1000).toFixed(0)} s; MB after edit ${every.join(', ')})`);
  } else if (mode === 'load') {
    const [clients, seconds, ...pages] = rest;
    await load(+clients, +seconds, pages);
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
})().catch(e => { console.error(e.message); process.exit(1); });
