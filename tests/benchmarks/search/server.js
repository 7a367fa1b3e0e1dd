// A small static server for the benchmark: serves a folder on 127.0.0.1 with gzip (text files, as a web host
// would), and lets the browser cache everything for ten minutes. Usage: node server.js <folder> <port>
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const root = path.resolve(process.argv[2]);
const port = Number(process.argv[3] || 8123);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css",
  ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm", ".png": "image/png" };
const gzipped = new Map();

http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) { file = path.join(file, "index.html"); }
  fs.readFile(file, (error, body) => {
    if (error) { res.writeHead(404).end(); return; }
    const type = types[path.extname(file)] || "application/octet-stream";
    const headers = { "Content-Type": type, "Cache-Control": "public, max-age=600" };
    if (/text|javascript|json|svg/.test(type) && /gzip/.test(req.headers["accept-encoding"] || "")) {
      if (!gzipped.has(file)) { gzipped.set(file, zlib.gzipSync(body, { level: 6 })); }
      headers["Content-Encoding"] = "gzip";
      body = gzipped.get(file);
    }
    res.writeHead(200, headers).end(body);
  });
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
