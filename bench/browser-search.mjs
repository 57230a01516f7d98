// Browser search bench: types a query into a search page in headless Chromium, one character at a
// time, and reports what an employee would notice: bytes fetched (scripts included, the page's own
// HTML and CSS not) and the time from each keystroke to updated results.
//
//   node --experimental-websocket --no-warnings bench/browser-search.mjs --site DIR \
//        [--page /sok/] [--input '#sok-side'] [--watch '#sokeresultater,#sok-status'] \
//        [--query 'psykisk helse' | --queries FILE] [--label NAME] [--runs 3] [--pause 250]
//        [--interval MS] [--json] [--files]
//
// --queries measures each line of FILE (# starts a comment) and adds a line for all of them.
// --json prints one JSON line per query (with every keystroke's time); --files lists, on stderr,
// what the first run fetched, in order.
//
// Latency is measured inside the page, the same way for every page: from the input event (a
// capturing listener added before typing starts) to the last change of the watched elements
// (a MutationObserver). By default, after each keystroke the bench waits until the page has been
// quiet for --pause ms with no request in flight, then types the next character. With --interval
// it types one character every MS milliseconds whatever the page is doing, as a steady typist
// would; a keystroke then counts up to the next one, and one whose results never showed before
// the next keystroke counts as missed (NaN in --json). Each run starts a fresh browser profile
// (nothing cached). Figures are medians over the runs. Needs Node 20.10+ and Chromium
// (/usr/bin/chromium, or $CHROMIUM).

import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (!a.startsWith("--")) continue;
  const value = process.argv[i + 1];
  args[a.slice(2)] = value !== undefined && !value.startsWith("--") ? (i++, value) : "1";
}
const site = args.site;
const page = args.page || "/sok/";
const input = args.input || "#sok-side";
const watch = args.watch || "#sokeresultater,#sok-status";
const label = args.label || page;
const runs = Number(args.runs || 1);
const pause = Number(args.pause || 250);
const interval = args.interval ? Number(args.interval) : 0;
const FRAME_MS = 16;
if (!site || !existsSync(site)) {
  console.error("browser-search: --site DIR is needed (a built site folder)");
  process.exit(2);
}
if (typeof WebSocket === "undefined") {
  console.error("browser-search: needs WebSocket (Node 22+, or Node 20.10+ with --experimental-websocket)");
  process.exit(2);
}

// ---- a static file server that counts what it serves ----
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml",
};
let served = [];
let inFlight = 0;
const server = createServer((req, res) => {
  inFlight++;
  res.on("close", () => inFlight--);
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(site, path));
  if (!file.startsWith(normalize(site)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  const body = readFileSync(file);
  served.push({ path, body });
  res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
  res.end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const round = (x) => Math.round(x * 10) / 10;

const queries = args.queries ? readFileSync(args.queries, "utf8").split("\n").map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#")) : [args.query || "psykisk helse"];
const results = [];
try {
  for (const q of queries) {
    const measured = [];
    for (let r = 0; r < runs; r++) measured.push(await measureOnce(q));
    const out = summarise(q, measured);
    results.push(out);
    report(out);
    if (args.files) for (const f of measured[0].counted) console.error(f.bytes, f.path);
  }
} finally {
  server.close();
}
if (queries.length > 1) {
  const later = results.reduce((a, o) => a + o.laterCount, 0);
  const within = results.reduce((a, o) => a + o.laterWithin, 0);
  const total = { label, queries: results.length, laterWithinFrame: `${within}/${later}`,
    maxKb: Math.max(...results.map((o) => o.kb)), maxFirstMs: Math.max(...results.map((o) => o.firstMs)),
    slowestMs: Math.max(...results.map((o) => o.laterMaxMs)) };
  if (args.json) console.log(JSON.stringify(total));
  else console.log(`${label}: ${total.queries} queries; at most ${total.maxKb} KB and ${total.maxFirstMs} ms to the first`
    + ` results; ${total.laterWithinFrame} later keystrokes within ${FRAME_MS} ms, the slowest ${total.slowestMs} ms`);
}

function summarise(q, measured) {
  const pick = (f) => round(median(measured.map(f)));
  const later = measured.map((m) => m.times.slice(1));
  const within = median(later.map((t) => t.filter((x) => x <= FRAME_MS).length));
  return {
    label, query: q, runs,
    results: measured[0].results,
    files: measured[0].files,
    kb: round(measured[0].bytes / 1024),
    kbGzip: round(measured[0].gzip / 1024),
    firstMs: pick((m) => m.times[0]),
    laterMedianMs: pick((m) => median(m.times.slice(1))),
    laterMaxMs: pick((m) => Math.max(...m.times.slice(1).filter((x) => !Number.isNaN(x)))),
    laterMissed: median(later.map((t) => t.filter(Number.isNaN).length)),
    interval: interval || undefined,
    laterWithinFrame: `${within}/${later[0].length}`,
    laterWithin: within,
    laterCount: later[0].length,
    keystrokesMs: measured.map((m) => m.times.map(round)),
  };
}

function report(out) {
  if (args.json) {
    console.log(JSON.stringify(out));
    return;
  }
  console.log(`${label}: «${out.query}», ${out.results} results shown; ${out.kb} KB in ${out.files} files (${out.kbGzip} KB gzipped);`
    + ` first keystroke ${out.firstMs} ms; later keystrokes median ${out.laterMedianMs} ms, slowest ${out.laterMaxMs} ms,`
    + ` ${out.laterWithinFrame} within ${FRAME_MS} ms`
    + (interval ? `, ${out.laterMissed} not shown before the next keystroke (typing every ${interval} ms)` : "")
    + ` (median of ${runs} run${runs === 1 ? "" : "s"})`);
}

async function measureOnce(query) {
  served = [];
  const profile = mkdtempSync(join(tmpdir(), "browser-search-"));
  const chrome = spawn(process.env.CHROMIUM || "/usr/bin/chromium", [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions", "--remote-debugging-port=0",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", `--user-data-dir=${profile}`,
    "--window-size=1200,900", "about:blank",
  ], { stdio: "ignore" });
  const cdp = await connect(profile);
  try {
    await cdp.send("Page.enable");
    await cdp.send("Page.navigate", { url: origin + page });
    await waitFor(cdp, `document.readyState === "complete"`);
    await settle();
    await cdp.evaluate(`(() => {
      const box = document.querySelector(${JSON.stringify(input)});
      window.__start = 0; window.__last = 0; window.__starts = []; window.__changes = [];
      box.addEventListener("input", () => { window.__start = performance.now(); window.__starts.push(window.__start); }, true);
      const seen = new MutationObserver(() => { window.__last = performance.now(); window.__changes.push(window.__last); });
      for (const el of document.querySelectorAll(${JSON.stringify(watch)}))
        seen.observe(el, { childList: true, subtree: true, characterData: true });
      box.focus();
      return true;
    })()`);
    const times = interval ? await typeSteadily(cdp, query) : [];
    for (const c of interval ? "" : query) {
      await cdp.send("Input.insertText", { text: c });
      const t0 = Date.now();
      let took = NaN; // stays NaN if nothing visible changes within 10 s
      while (Date.now() - t0 < 10000) {
        const [start, last, now] = await cdp.evaluate(`[window.__start, window.__last, performance.now()]`);
        if (last > start && now - last >= pause && inFlight === 0) {
          took = last - start;
          break;
        }
        await sleep(10);
      }
      times.push(took);
    }
    const results = await cdp.evaluate(`document.querySelectorAll(${JSON.stringify(watch.split(",")[0] + " li")}).length`);
    // Compressed sizes are worked out here, not while serving, so they cost the page no time.
    const counted = served.filter((s) => !s.path.endsWith(".html") && !s.path.endsWith(".css"))
      .map((s) => ({ path: s.path, bytes: s.body.length, gzip: gzipSync(s.body).length }));
    return {
      times, results, counted, files: counted.length,
      bytes: counted.reduce((a, s) => a + s.bytes, 0),
      gzip: counted.reduce((a, s) => a + s.gzip, 0),
    };
  } finally {
    cdp.close();
    chrome.kill();
    await sleep(200);
    // Chromium may still be writing its profile as it exits: retry rather than end the whole run.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

/** --interval: types at a steady pace; each keystroke's time runs to its last change before the next. */
async function typeSteadily(cdp, query) {
  for (const c of query) {
    await cdp.send("Input.insertText", { text: c });
    await sleep(interval);
  }
  await settle();
  const [starts, changes] = await cdp.evaluate(`[window.__starts, window.__changes]`);
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : Infinity;
    const mine = changes.filter((t) => t > start && t < end);
    return mine.length ? Math.max(...mine) - start : NaN;
  });
}

/** The DevTools protocol over the page target's WebSocket. */
async function connect(profile) {
  const portFile = join(profile, "DevToolsActivePort");
  for (let i = 0; i < 400 && !existsSync(portFile); i++) await sleep(25);
  if (!existsSync(portFile)) throw new Error("Chromium did not start");
  await sleep(50); // the file is written in two steps
  const port = readFileSync(portFile, "utf8").split("\n")[0];
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const ws = new WebSocket(targets.find((t) => t.type === "page").webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener("open", r, { once: true }));
  let nextId = 0;
  const waiting = new Map();
  ws.addEventListener("message", (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && waiting.has(msg.id)) {
      waiting.get(msg.id)(msg);
      waiting.delete(msg.id);
    }
  });
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = ++nextId;
    waiting.set(id, (msg) => (msg.error ? reject(new Error(method + ": " + JSON.stringify(msg.error))) : resolve(msg.result)));
    ws.send(JSON.stringify({ id, method, params }));
  });
  return {
    send,
    close: () => ws.close(),
    async evaluate(expression) {
      const r = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.text + " " + (r.exceptionDetails.exception?.description || ""));
      return r.result.value;
    },
  };
}

async function waitFor(cdp, expr) {
  for (let i = 0; i < 400; i++) {
    try { if (await cdp.evaluate(expr)) return; } catch { /* page still loading */ }
    await sleep(25);
  }
  throw new Error("timed out waiting for " + expr);
}

/** Until nothing has been requested for --pause ms. */
async function settle() {
  let count = -1;
  while (count !== served.length || inFlight > 0) {
    count = served.length;
    await sleep(pause);
  }
}

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }
