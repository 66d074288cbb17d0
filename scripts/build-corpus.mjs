// Build step after build-data.mjs (which runs it, in a process of its own so that it reads the data
// just written): what disclose writes of each of our region profiles in each shipped locale (its
// authority, vocabulary and citations), the part of the quoting corpus (src/claims/quoted-texts.ts)
// that needs every profile resolved, so a command that uses one region does not resolve the others
// for it (dist/builtin-corpus/<lng>.json; src/load/builtin-data.ts `builtinRegionTexts`).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadRegions, profileFromBuild } = await import(path.join(root, 'dist', 'load', 'regions.js'));
const { listLocales } = await import(path.join(root, 'dist', 'load', 'locales.js'));
const { regionTexts } = await import(path.join(root, 'dist', 'claims', 'quoted-texts.js'));
const { builtAt } = JSON.parse(readFileSync(path.join(root, 'dist', 'builtin-data.json'), 'utf8'));
const out = path.join(root, 'dist', 'builtin-corpus');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const { regions } = loadRegions([path.join(root, 'regions')]);
let written = 0;
for (const lng of listLocales([path.join(root, 'locales')])) {
  const texts = {};
  try {
    for (const id of regions.keys()) if (profileFromBuild(regions, id)) texts[id] = regionTexts(regions.get(id), lng);
  } catch {
    continue; // a locale without citation patterns: its corpus is made by the command, as before
  }
  writeFileSync(path.join(out, `${lng}.json`), JSON.stringify({ builtAt, regions: texts }));
  written++;
}
console.log(`build-corpus: ${written} locales × ${regions.size} region profiles`);
