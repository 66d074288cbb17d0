// Build step after build-data.mjs (which runs it, in a process of its own so that it reads the data
// just written): the claim reader's lexicon of each shipped locale, its trie made here instead of by
// the first command that reads the locale (dist/builtin-lexicons/<lng>.json; src/claims/prebuilt-lexicon.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { listLocales, loadLocale } = await import(path.join(root, 'dist', 'load', 'locales.js'));
const { Lexicon } = await import(path.join(root, 'dist', 'claims', 'lexicon.js'));
const out = path.join(root, 'dist', 'builtin-lexicons');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const dirs = [path.join(root, 'locales')];
const locales = listLocales(dirs);
for (const lng of locales) writeFileSync(path.join(out, `${lng}.json`), JSON.stringify(new Lexicon(loadLocale(lng, dirs)).form()));
console.log(`build-lexicons: ${locales.length} reader lexicons`);
