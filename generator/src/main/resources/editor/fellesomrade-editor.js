// Fellesområdet's form editor: Decap CMS with the site's own front-matter format.
//
// Decap's built-in format writes every field of a file anew on each save (other quoting, long
// lines folded, keys reordered), so a one-word change would rewrite the whole front matter and
// the reviewing etat could not see what changed. This format keeps the file's own text for every
// field whose value is unchanged (comments included) and writes only the fields that changed,
// in the content model's order. Fields left empty in the form are left out of the file, as the
// content model expects of optional fields. See docs/adr/0005-form-editor.md.
import { YAML } from './yaml/index.js';

// No folding of long values onto several lines: one value, one line, as the entries are written.
YAML.scalarOptions.str.fold.lineWidth = 0;

// The file as read, carried through the form in the entry's data (Decap keeps fields it does not
// know) and dropped again when the file is written.
const ORIGINAL = '_fellesomrade_original';

export function split(content) {
  const text = content.replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n?---(?:\n|$)([\s\S]*)$/.exec(text);
  return m ? { front: m[1], body: m[2] } : { front: '', body: text };
}

// The front matter's top-level fields, each with its own lines and the comment lines before it.
export function blocks(front) {
  const out = [];
  let pending = [];
  for (const line of front.split('\n')) {
    const key = /^([^\s#][^:]*):(?:\s|$)/.exec(line);
    if (key) {
      out.push({ key: key[1].trim(), comments: pending, lines: [line] });
      pending = [];
    } else if (/^(#.*)?$/.test(line)) {
      pending.push(line);
    } else if (out.length > 0) {
      out[out.length - 1].lines.push(...pending, line);
      pending = [];
    }
  }
  return out;
}

export function isEmpty(v) {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.every(isEmpty);
  if (typeof v === 'object') return Object.values(v).every(isEmpty);
  return false;
}

// Empty parts removed: an untouched optional field in the form is "" or [], and means "not given".
export function prune(v) {
  if (Array.isArray(v)) return v.filter(x => !isEmpty(x)).map(prune);
  if (v !== null && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) if (!isEmpty(x)) out[k] = prune(x);
    return out;
  }
  return v;
}

export function equal(a, b) {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every(k => equal(a[k], b[k]));
  }
  return String(a) === String(b);
}

function dump(key, value) {
  return YAML.stringify({ [key]: prune(value) }).replace(/\n$/, '').split('\n');
}

export function fromFile(content) {
  const { front, body } = split(content);
  const data = (front.trim() && YAML.parse(front)) || {};
  return { ...data, body, [ORIGINAL]: content };
}

export function toFile(data, sortedKeys = []) {
  const { body = '', [ORIGINAL]: original, ...meta } = data;
  // A new entry gets its identity in the open data here, once; the form never shows it.
  if (!original && isEmpty(meta.id)) meta.id = crypto.randomUUID();
  const before = original ? split(original) : { front: '', body: null };
  const old = (before.front.trim() && YAML.parse(before.front)) || {};
  const lines = [];
  const written = new Set();
  for (const b of blocks(before.front)) {
    written.add(b.key);
    if (isEmpty(meta[b.key])) continue;
    lines.push(...b.comments, ...(equal(meta[b.key], old[b.key]) ? b.lines : dump(b.key, meta[b.key])));
  }
  const order = k => (sortedKeys.indexOf(k) < 0 ? sortedKeys.length : sortedKeys.indexOf(k));
  const added = Object.keys(meta).filter(k => !written.has(k) && !isEmpty(meta[k])).sort((a, b) => order(a) - order(b));
  for (const k of added) lines.push(...dump(k, meta[k]));
  let text = before.body !== null && body === before.body ? before.body : '\n' + body.replace(/^\n+/, '');
  if (!text.endsWith('\n')) text += '\n';
  return '---\n' + lines.join('\n') + '\n---\n' + text;
}

if (typeof window !== 'undefined' && window.CMS) {
  window.CMS.registerCustomFormat('fellesomrade', 'md', { fromFile, toFile });
  window.CMS.init();
}
