// Validates the front matter of Markdown files against the site's JSON Schemas, as an editor's
// YAML extension does (YAML 1.2, so 2026-11-22 is text), with ajv from editor/node_modules.
// Usage: node schema-check.mjs EDITOR_DIR SCHEMA_DIR FILE... ; each FILE is named TYPE--NAME.md.
// Prints one line per file: "ok NAME" or "feil NAME: what the schema refused".
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [editorDir, schemaDir, ...files] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(editorDir), 'package.json'));
const Ajv = require('ajv');
const YAML = require('yaml');
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = {};
for (const f of fs.readdirSync(schemaDir)) {
  validators[f.replace(/\.json$/, '')] = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8')));
}
for (const file of files) {
  const name = path.basename(file);
  const type = name.split('--')[0];
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---(\n|$)/.exec(text);
  let data;
  try {
    data = m ? YAML.parse(m[1]) : null;
  } catch (e) {
    console.log(`feil ${name}: YAML: ${e.message.split('\n')[0]}`);
    continue;
  }
  const validate = validators[type];
  if (validate(data)) console.log(`ok ${name}`);
  else console.log(`feil ${name}: ${validate.errors.map(e => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
}
