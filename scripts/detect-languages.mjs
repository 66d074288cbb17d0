// Lists the language disclose detects for each policy: the eval sets (eval/policies/dev and
// held-out-2..5; held-out-6 only with --held-out-6) and the corpus (../shared/corpus/policies, or
// DISCLOSE_CORPUS/policies). For each file: the language `check --policy`/`sync` detect (over the
// outline text, as src/policy/policy-target.ts does) and the languages of its paragraph runs (as the
// region-element-missing rule reads a Malaysian policy's companion language). Compiles src/ with
// esbuild, so it needs no build. Used to show that a change to the detector leaves these unchanged:
//
//   node scripts/detect-languages.mjs > before.txt   (change the detector)
//   node scripts/detect-languages.mjs > after.txt && diff before.txt after.txt
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpus = process.env.DISCLOSE_CORPUS ? path.resolve(process.env.DISCLOSE_CORPUS) : path.resolve(root, '..', 'shared', 'corpus');
const sets = ['dev', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', ...(args.includes('--held-out-6') ? ['held-out-6'] : [])];
const dirs = sets.map((s) => [`eval/${s}`, path.join(root, 'eval', 'policies', s)]);
if (existsSync(path.join(corpus, 'policies'))) dirs.unshift(['corpus', path.join(corpus, 'policies')]);

// Inside node_modules so that the bundle finds the packages it leaves out (yaml, …).
const tmp = mkdtempSync(path.join(root, 'node_modules', '.detect-languages-'));
const out = path.join(tmp, 'detect.mjs');
try {
  await build({
    stdin: {
      contents: [
        "export { parsePolicy } from './src/policy/document.ts';",
        "export { outlineOf } from './src/policy/clause-for.ts';",
        "export { languageScores } from './src/policy/language.ts';",
        "export { languagesIn } from './src/rules/region-element-missing.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
    packages: 'external',
  });
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  throw e;
}
const { parsePolicy, outlineOf, languageScores, languagesIn } = await import(pathToFileURL(out).href);
rmSync(tmp, { recursive: true, force: true });

for (const [label, dir] of dirs) {
  for (const f of readdirSync(dir).filter((n) => /\.(md|html?|txt)$/.test(n) && n !== 'README.md' && n !== 'ANALYSIS.md').sort()) {
    const doc = parsePolicy(readFileSync(path.join(dir, f), 'utf8'), f);
    const text = outlineOf(doc).text;
    const { best } = languageScores(text);
    const runs = [...languagesIn(doc.text, ['ms', 'en'])].sort().join(',');
    console.log(`${label}/${f}\t${best ?? '-'}\truns:${runs}`);
  }
}
