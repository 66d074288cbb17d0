// Build step after tsc: (1) parse and schema-check disclose's own YAML data into
// dist/builtin-data.json, each locale's into dist/builtin-locales/<lng>.json; (2) compile the JSON
// Schemas into standalone validators, one file per schema (dist/validators/<name>.cjs, so a
// command loads only those it uses), so commands neither parse shipped YAML nor compile schemas
// at start-up.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const standalone = require('ajv/dist/standalone').default;

const schemaNames = readdirSync(path.join(root, 'schemas')).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace('.schema.json', ''));
const ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false, verbose: true, code: { source: true } });
for (const name of schemaNames) ajv.addSchema(JSON.parse(readFileSync(path.join(root, 'schemas', `${name}.schema.json`), 'utf8')));
const refs = Object.fromEntries(schemaNames.map((n) => [n, `https://disclose.dev/schemas/${n}.schema.json`]));
rmSync(path.join(root, 'dist', 'validators.cjs'), { force: true });
// A code cache of an earlier build's validator (written by scripts/bundle-cli.mjs) would not fit.
rmSync(path.join(root, 'dist', 'validators'), { recursive: true, force: true });
mkdirSync(path.join(root, 'dist', 'validators'), { recursive: true });
for (const name of schemaNames) writeFileSync(path.join(root, 'dist', 'validators', `${name}.cjs`), standalone(ajv, { [name]: refs[name] }));

const { parseYaml } = await import(path.join(root, 'dist', 'load', 'yaml-file.js'));
const { validateAgainstSchema } = await import(path.join(root, 'dist', 'load', 'validate-schema.js'));
const builtAt = Date.now();
const files = {};
const schemaFor = (rel) => {
  if (rel.startsWith('taxonomy/')) return 'taxonomy';
  if (rel.startsWith('channels/')) return 'channel';
  if (rel.startsWith('regions/')) return 'region';
  if (/^locales\/[^/]+\/taxonomy\.yaml$/.test(rel)) return 'locale-taxonomy';
  if (/^locales\/[^/]+\/reader\.yaml$/.test(rel)) return 'locale-reader';
  return undefined;
};
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.ya?ml$/.test(name)) {
      const rel = path.relative(root, full).split(path.sep).join('/');
      let text = readFileSync(full, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const y = parseYaml(text, full);
      const schema = schemaFor(rel);
      if (schema) validateAgainstSchema(y, schema);
      files[rel] = y.data;
    }
  }
};
for (const dir of ['taxonomy', 'channels', 'regions', 'locales', 'transfers', 'languages']) walk(path.join(root, dir));

// Snippets precompiled with the options the renderer uses.
const Handlebars = require('handlebars');
const snippets = {};
for (const sub of ['clause', 'footer']) {
  const dir = path.join(root, 'snippets', sub);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.hbs')) continue;
    snippets[`snippets/${sub}/${name}`] = Handlebars.precompile(readFileSync(path.join(dir, name), 'utf8'), { noEscape: true, knownHelpersOnly: false });
  }
}

const { allPlaceCodes } = await import(path.join(root, 'dist', 'load', 'places.js'));
const places = { icu: process.versions.icu, codes: allPlaceCodes() };
const { computeIntlNames } = await import(path.join(root, 'dist', 'load', 'intl-names.js'));
// Each locale's files and Intl names in a file of their own (dist/builtin-locales/<lng>.json): a
// command parses only the locales it renders.
const locales = readdirSync(path.join(root, 'locales')).sort();
rmSync(path.join(root, 'dist', 'builtin-locales'), { recursive: true, force: true });
mkdirSync(path.join(root, 'dist', 'builtin-locales'));
for (const lng of locales) {
  const own = Object.fromEntries(Object.entries(files).filter(([rel]) => rel.startsWith(`locales/${lng}/`)));
  writeFileSync(path.join(root, 'dist', 'builtin-locales', `${lng}.json`), JSON.stringify({ files: own, intl: computeIntlNames(lng) }));
}
const shared = Object.fromEntries(Object.entries(files).filter(([rel]) => !rel.startsWith('locales/')));
writeFileSync(path.join(root, 'dist', 'builtin-data.json'), JSON.stringify({ builtAt, files: shared, snippets, places, locales }));
console.log(`build-data: ${Object.keys(files).length} data files, ${Object.keys(snippets).length} snippets, ${places.codes.length} places, ${schemaNames.length} validators`);
// The reader's lexicons, from the data just written (a process of its own: this one has read the data of the build before).
execFileSync(process.execPath, [path.join(root, 'scripts', 'build-lexicons.mjs')], { stdio: 'inherit' });
// The region profiles' part of each locale's quoting corpus, likewise.
execFileSync(process.execPath, [path.join(root, 'scripts', 'build-corpus.mjs')], { stdio: 'inherit' });
