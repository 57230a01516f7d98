// Runs the browser's search engine (templates/assets/js/sok-motor.js) under Node on an exported
// index, for the parity test. Reads one JSON request per line on stdin:
//   {"q": "query"}          → the top 10 slugs
//   {"normalise": "text"}   → the normalised words
//   {"guess": "text"}       → the letters the page would prefetch for after "text"
//   {"prefetch": "a", "then": "b"} → the files that searching "b" and loading its top 10 still
//                             fetches on a new page that has prefetched for "a"
// and writes one JSON line per request.
const fs = require('fs');
const path = require('path');
const motor = require(process.argv[2]);
const dir = process.argv[3];
const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8'));
const loaded = [];
const loader = {
  json: p => new Promise((resolve, reject) => {
    loaded.push(p);
    const file = path.join(dir, p);
    if (!fs.existsSync(file)) {
      const e = new Error('not found: ' + p);
      e.notFound = true;
      reject(e);
    } else {
      resolve(JSON.parse(fs.readFileSync(file, 'utf8')));
    }
  })
};
const engine = motor.create(meta, loader);
(async () => {
  const lines = fs.readFileSync(0, 'utf8').split('\n').filter(l => l.length);
  for (const line of lines) {
    const req = JSON.parse(line);
    if ('normalise' in req) {
      console.log(JSON.stringify(engine.normalise(req.normalise)));
    } else if ('guess' in req) {
      console.log(JSON.stringify(await engine.guesses(req.guess)));
    } else if ('prefetch' in req) {
      const fresh = motor.create(meta, loader); // nothing loaded yet, as on a newly opened page
      await fresh.prefetch(req.prefetch, 10);
      loaded.length = 0;
      const r = await fresh.search(req.then);
      await fresh.documents(r.docs.slice(0, 10));
      console.log(JSON.stringify(loaded));
    } else {
      const r = await engine.search(req.q);
      const docs = await engine.documents(r.docs.slice(0, 10));
      console.log(JSON.stringify(docs.map(d => d.slug)));
    }
  }
})().catch(e => { console.error(e); process.exit(1); });
