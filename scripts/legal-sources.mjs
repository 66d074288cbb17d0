// Writes docs/legal-sources.md from the region profiles (regions/*.yaml): each element, basis and
// mechanism with its provisions, their headings, the official text and the date checked.
// `node scripts/legal-sources.mjs --check` exits 1 when the file is stale. Run after `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadRegions } = await import(path.join(root, 'dist', 'load', 'regions.js'));
const { legalSourcesMarkdown } = await import(path.join(root, 'dist', 'load', 'legal-sources.js'));
const { regions, order } = loadRegions([path.join(root, 'regions')]);
const text = legalSourcesMarkdown(order.map((id) => regions.get(id)));
const file = path.join(root, 'docs', 'legal-sources.md');
if (process.argv.includes('--check')) {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  if (old !== text) {
    console.error('docs/legal-sources.md is stale: run `npm run docs:legal-sources`.');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  console.log(`legal-sources: ${file}`);
}
