// Runs the browser's search engine (templates/assets/js/sok-motor.js) under Node on an exported
// index, for the parity test. Reads one JSON request per line on stdin:
//   {"q": "query"}          → the top 10 slugs
//   {"normalise": "text"}   → the normalised words
// and writes one JSON line per request.
const fs = require('fs');
const path = require('path');
const motor = require(process.argv[2]);
const dir = process.argv[3];
const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8'));
const loader = {
  json: p => new Promise((resolve, reject) => {
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
    } else {
      const r = await engine.search(req.q);
      const docs = await engine.documents(r.docs.slice(0, 10));
      console.log(JSON.stringify(docs.map(d => d[0])));
    }
  }
})().catch(e => { console.error(e); process.exit(1); });
