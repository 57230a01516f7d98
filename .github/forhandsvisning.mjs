#!/usr/bin/env node
// Writes the pull-request comment (Markdown, Norwegian) for a preview build: which pages the
// change adds, changes and removes, and what `check` found, so the reviewing etat sees the
// result without a terminal. Needs nothing but Node.js.
//
//   node .github/forhandsvisning.mjs BASE_SITE HEAD_SITE CHECK_OUTPUT [CHANGED_FILES] > comment.md
//
// BASE_SITE and HEAD_SITE are built sites (HEAD_SITE may be missing when the build stopped on an
// error); CHECK_OUTPUT is `./fellesomrade check`'s output; CHANGED_FILES lists the pull request's
// files, one per line (its warnings are shown; others' are only counted). FORHANDSVISNING_URL,
// if set, is where the built site can be downloaded.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export const MARKER = '<!-- fellesomradet-forhandsvisning -->';
const MAX = 40;

// Pages a reader visits: index.html files, as the addresses they are served at. The editor and
// the search index are not pages.
export function pages(site) {
  const out = new Map();
  if (!site || !fs.existsSync(site)) return out;
  const walk = dir => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      const rel = path.relative(site, p).split(path.sep).join('/');
      if (e.isDirectory()) {
        if (!rel.startsWith('admin') && !rel.startsWith('sok/indeks') && !e.name.startsWith('.')) walk(p);
      } else if (e.name.endsWith('.html')) {
        const url = '/' + rel.replace(/index\.html$/, '');
        out.set(url, crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
      }
    }
  };
  walk(site);
  return out;
}

export function compare(base, head) {
  const added = [...head.keys()].filter(k => !base.has(k)).sort();
  const removed = [...base.keys()].filter(k => !head.has(k)).sort();
  const changed = [...head.keys()].filter(k => base.has(k) && base.get(k) !== head.get(k)).sort();
  return { added, changed, removed };
}

// `path:line: error|warning: message` lines, and the closing summary line.
export function findings(text) {
  const list = [];
  let summary = '';
  for (const line of text.split('\n')) {
    const m = /^(.+?):(\d+): (error|warning): (.*)$/.exec(line);
    if (m) list.push({ file: m[1], line: Number(m[2]), error: m[3] === 'error', message: m[4] });
    else if (/oppføringer kontrollert/.test(line)) summary = line.trim();
  }
  return { list, summary };
}

function section(title, urls) {
  if (urls.length === 0) return '';
  const shown = urls.slice(0, MAX).map(u => `- \`${u}\``).join('\n');
  const more = urls.length > MAX ? `\n- … og ${urls.length - MAX} til` : '';
  return `\n**${title} (${urls.length})**\n\n${shown}${more}\n`;
}

export function comment({ baseSite, headSite, checkOutput, changedFiles = [], url = '' }) {
  const built = !!headSite && fs.existsSync(headSite);
  const { added, changed, removed } = compare(pages(baseSite), built ? pages(headSite) : new Map());
  const { list, summary } = findings(checkOutput);
  const errors = list.filter(f => f.error);
  const own = f => changedFiles.some(c => c === f.file || f.file.endsWith('/' + c) || c.endsWith('/' + f.file));
  const warnings = list.filter(f => !f.error && own(f));
  const otherWarnings = list.filter(f => !f.error && !own(f)).length;

  let out = `${MARKER}\n## Forhåndsvisning av endringen\n\n`;
  if (errors.length > 0) {
    out += `❌ **Kontrollen fant ${errors.length} ${errors.length === 1 ? 'feil' : 'feil'}.** Endringen kan ikke tas inn før de er rettet.\n`;
  } else {
    out += '✅ **Kontrollen fant ingen feil.**\n';
  }
  if (summary) out += `\n${summary}\n`;
  if (errors.length > 0) {
    out += '\n**Feil som må rettes**\n\n' + errors.map(f => `- \`${f.file}\`, linje ${f.line}: ${f.message}`).join('\n') + '\n';
  }
  if (warnings.length > 0) {
    out += '\n**Advarsler i filene som er endret** (stopper ikke endringen, men eieren skal følge dem opp)\n\n'
      + warnings.map(f => `- \`${f.file}\`, linje ${f.line}: ${f.message}`).join('\n') + '\n';
  }
  if (otherWarnings > 0) out += `\n${otherWarnings} advarsler gjelder andre filer enn dem som er endret.\n`;
  if (!built) {
    out += '\n**Nettstedet ble ikke bygget**, fordi kontrollen fant feil. Sidene vises når feilene er rettet.\n';
  } else if (added.length + changed.length + removed.length === 0) {
    out += '\nIngen sider er endret.\n';
  } else {
    out += '\n### Sider\n' + section('Nye sider', added) + section('Endrede sider', changed) + section('Sider som forsvinner', removed);
  }
  if (built && url) out += `\nLast ned det ferdige nettstedet og åpne \`index.html\`: ${url} (under «Artifacts»).\n`;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [baseSite, headSite, checkFile, changedFile] = process.argv.slice(2);
  if (!baseSite || !checkFile) {
    console.error('Bruk: node .github/forhandsvisning.mjs GAMMELT_NETTSTED NYTT_NETTSTED CHECK_UTSKRIFT [ENDREDE_FILER]');
    process.exit(2);
  }
  const changedFiles = changedFile && fs.existsSync(changedFile)
    ? fs.readFileSync(changedFile, 'utf8').split('\n').map(s => s.trim()).filter(Boolean) : [];
  process.stdout.write(comment({
    baseSite, headSite, checkOutput: fs.readFileSync(checkFile, 'utf8'), changedFiles, url: process.env.FORHANDSVISNING_URL || '',
  }));
}
