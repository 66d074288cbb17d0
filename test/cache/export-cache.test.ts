/**
 * `export --cache`: the pack is byte-identical with and without the cache, with one thread or
 * several; unchanged templates' files are reused (the same inode: linked, not rewritten), changed
 * ones written anew; a file of the previous pack edited by hand, another template's flows under an
 * "only" statement, and sign-offs (pages written again with review states) are never served stale.
 * Runs the built command line (worker threads load compiled JavaScript).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTemplates } from '../../bench/generate.js';
import { ROOT } from '../helpers/examples.js';
import { addAddressToSupport, copyExamples, declareExclusiveDelivery, readTree, tmp } from '../helpers/tree.js';
import { editCacheEntry } from '../helpers/cache-file.js';
import { bodyOnPage, readTexts } from '../../src/export/text-store.js';
import { escapeHtml } from '../../src/export/html-escape.js';

const BIN = path.join(ROOT, 'dist', 'bundle', 'bin.cjs');

function disclose(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function sameTree(a: string, b: string): void {
  const ta = readTree(a);
  const tb = readTree(b);
  expect([...ta.keys()]).toEqual([...tb.keys()]);
  for (const [k, v] of ta) expect(v.equals(tb.get(k)!), k).toBe(true);
}

/** Exports to `out` with the cache and to `fresh` without; the two packs must be the same bytes. Returns the reuse line. */
function exportBoth(dir: string, args: string[], out = 'cached', fresh = 'fresh'): string {
  const plain = disclose(dir, ['export', ...args, '--out', fresh, '--quiet']);
  const cached = disclose(dir, ['--debug', 'export', ...args, '--out', out, '--quiet', '--cache', '--cache-location', 'cache']);
  expect(cached.code, cached.err).toBe(plain.code);
  expect([0, 1]).toContain(cached.code);
  sameTree(path.join(dir, fresh), path.join(dir, out));
  return /^cache: (\d+ of \d+) templates? reused$/m.exec(cached.err)?.[1] ?? 'none';
}

const inode = (f: string) => statSync(f).ino;

describe('export --cache', () => {
  it('needs the build', () => expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true));

  // One generated project through several runs, a step a test (each within the test time limit).
  const dir = tmp('disclose-cache-');
  const args = ['templates', '--regions', 'eu,china'];
  let files: string[] = [];
  const dataFile = (f: string) => path.join(dir, 'cached', 'data', f);

  it('writes the pack a run without the cache writes, and reuses every file of an unchanged project', () => {
    generateTemplates(ROOT, dir, 12, 7);
    expect(exportBoth(dir, [...args, '--jobs', '3'])).toBe('0 of 12');
    files = readdirSync(path.join(dir, 'cached', 'data')).sort();
    const before = new Map(files.map((f) => [f, inode(dataFile(f))]));
    // The clause bodies' pages (pack format 5): written in the aggregates, linked when their bytes are unchanged.
    const textsDir = path.join(dir, 'cached', 'texts');
    const pages = readdirSync(textsDir).sort();
    expect(pages.length).toBeGreaterThan(0);
    const pagesBefore = new Map(pages.map((f) => [f, inode(path.join(textsDir, f))]));
    expect(exportBoth(dir, [...args, '--jobs', '1'])).toBe('12 of 12');
    for (const f of files) expect(inode(dataFile(f)), f).toBe(before.get(f));
    expect(readdirSync(textsDir).sort()).toEqual(pages);
    for (const f of pages) expect(inode(path.join(textsDir, f)), f).toBe(pagesBefore.get(f));
  });

  it('writes a changed template anew and links the others, with one thread or three', () => {
    const t = path.join(dir, 'templates', readdirSync(path.join(dir, 'templates')).sort()[3]!);
    writeFileSync(t, readFileSync(t, 'utf8').replace(/^body: (.*)$/m, 'body: Hello again. $1'));
    const changed = files[3]!;
    const inodes = new Map(files.map((f) => [f, inode(dataFile(f))]));
    expect(exportBoth(dir, [...args, '--jobs', '3'])).toBe('11 of 12');
    for (const f of files) {
      if (f === changed) expect(inode(dataFile(f))).not.toBe(inodes.get(f));
      else expect(inode(dataFile(f)), f).toBe(inodes.get(f));
    }
    expect(exportBoth(dir, [...args, '--jobs', '1'])).toBe('12 of 12');
  });

  it('does not trust a file of the previous pack edited by hand', () => {
    const page = path.join(dir, 'cached', 'pages', files[3]!.replace(/\.json$/, '.html'));
    writeFileSync(page, readFileSync(page, 'utf8').replace('<h1>', '<h1>EDITED '));
    expect(exportBoth(dir, args)).toBe('11 of 12');
    expect(readFileSync(page, 'utf8')).not.toContain('EDITED');
  });

  it('does not trust the previous pack\'s texts.json edited by hand (pack format 5)', () => {
    const file = path.join(dir, 'cached', 'texts.json');
    const texts = JSON.parse(readFileSync(file, 'utf8')) as { bodies: Record<string, { text: string }> };
    const first = Object.keys(texts.bodies)[0]!;
    texts.bodies[first]!.text += ' EDITED';
    writeFileSync(file, JSON.stringify(texts));
    // Its texts cannot be trusted, so no template's records are reused; the pack is the one a run without the cache writes.
    expect(exportBoth(dir, args)).toBe('0 of 12');
    expect(readFileSync(file, 'utf8')).not.toContain('EDITED');
  });

  it('does not trust a clause text edited by hand on its page, where pack format 8 keeps it', () => {
    const file = path.join(dir, 'cached', 'texts.json');
    const [hash, body] = Object.entries((JSON.parse(readFileSync(file, 'utf8')) as { bodies: Record<string, { locale: string; page: string }> }).bodies)[0]!;
    const page = path.join(dir, 'cached', body.page);
    const html = readFileSync(page, 'utf8');
    const text = bodyOnPage(html, hash, body.locale)!;
    writeFileSync(page, html.replace(escapeHtml(text), escapeHtml(`${text} EDITED`)));
    // The texts cannot be trusted, so no template's records are reused; the pack is the one a run without the cache writes.
    expect(exportBoth(dir, args)).toBe('0 of 12');
    expect(readFileSync(page, 'utf8')).not.toContain('EDITED');
  });

  it('does not trust a diagram of the previous pack edited by hand (pack format 6)', () => {
    const diagrams = path.join(dir, 'cached', 'diagrams');
    const name = readdirSync(diagrams).sort()[0]!;
    // Pack format 7: the flows' pages show the diagram; each template's record names it.
    const records = readdirSync(path.join(dir, 'cached', 'data'));
    const users = records.filter((p) => readFileSync(path.join(dir, 'cached', 'data', p), 'utf8').includes(`"diagram":"diagrams/${name}"`)).length;
    expect(users).toBeGreaterThan(0);
    writeFileSync(path.join(diagrams, name), readFileSync(path.join(diagrams, name), 'utf8').replace('<title>', '<title>EDITED '));
    // The templates whose flows it draws are rendered again; the pack is the one a run without the cache writes.
    expect(exportBoth(dir, args)).toBe(`${12 - users} of 12`);
    expect(readFileSync(path.join(diagrams, name), 'utf8')).not.toContain('EDITED');
  });

  it('misses for another output folder and for other regions', () => {
    expect(exportBoth(dir, args, 'other', 'fresh2')).toBe('0 of 12');
    expect(exportBoth(dir, ['templates', '--regions', 'eu'])).toBe('0 of 12');
  });

  it('misses for a template whose "only" statement another template\'s flows change', () => {
    const dir = copyExamples();
    declareExclusiveDelivery(dir);
    const args = ['templates', '--regions', 'eu'];
    expect(exportBoth(dir, args)).toBe('0 of 7');
    addAddressToSupport(dir);
    expect(exportBoth(dir, args)).toBe('5 of 7');
  });

  it('misses for every template when a flow anywhere starts selling: California\'s opt-out link goes into every clause', () => {
    // Review 5 CA-B: the business sells or shares when any template's flow does (11 CCR §7012(e)), so one
    // template's change changes every California clause; the cache's entries record it.
    const dir = copyExamples();
    const file = path.join(dir, 'templates', 'marketing_promotion.yaml');
    const selling = readFileSync(file, 'utf8');
    const notSelling = selling.replace('    shared: true\n', '    shared: false\n').replace('        sold: true\n', '        sold: false\n');
    expect(notSelling).not.toBe(selling);
    const link = 'Do Not Sell or Share My Personal Information: https://nordlicht.example/privacy/do-not-sell';
    // The clause texts as the pack holds them (pack format 8: each on its page, which texts.json names).
    const bodiesWithLink = () => [...readTexts(path.join(dir, 'cached', 'texts.json')).bodies.values()].filter((b) => b.text.includes(link)).length;
    const args = ['templates', '--regions', 'california'];
    writeFileSync(file, notSelling);
    expect(exportBoth(dir, args)).toBe('0 of 7');
    expect(bodiesWithLink()).toBe(0);
    writeFileSync(file, selling);
    // Byte for byte the pack of a run without the cache (exportBoth): the six unchanged templates are not served stale.
    expect(exportBoth(dir, args)).toBe('0 of 7');
    expect(bodiesWithLink()).toBeGreaterThanOrEqual(7);
  });

  it('carries sign-offs as a run without the cache does, and never reuses a page written with review states', () => {
    const dir = copyExamples();
    const args = ['templates', '--regions', 'eu,china'];
    expect(exportBoth(dir, args)).toBe('0 of 7');
    // Sign off one cell in a copy of the pack, then export --since that copy.
    cpSync(path.join(dir, 'cached'), path.join(dir, 'signed'), { recursive: true });
    const csv = path.join(dir, 'signed', 'summary.csv');
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const row = lines.findIndex((l) => l.startsWith('order_shipped,eu,'));
    const cells = lines[row]!.split(',');
    const last = cells.length;
    expect(last).toBe(header.length);
    cells[header.indexOf('reviewer')] = 'A. Reviewer';
    cells[header.indexOf('signed_off')] = '2026-12-06';
    lines[row] = cells.join(',');
    writeFileSync(csv, lines.join('\r\n'));
    expect(exportBoth(dir, [...args, '--since', 'signed'])).toBe('7 of 7');
    expect(readFileSync(path.join(dir, 'cached', 'pages', 'order_shipped.html'), 'utf8')).toContain('A. Reviewer');
    // Without --since, the page is the pending one again: the signed page was not kept as reusable.
    expect(exportBoth(dir, args)).toBe('6 of 7');
    expect(readFileSync(path.join(dir, 'cached', 'pages', 'order_shipped.html'), 'utf8')).not.toContain('A. Reviewer');
  });

  it('copies findings.sarif\'s results of the templates it reuses with --sarif, and never keeps or reuses a SARIF state across --sarif and its absence', () => {
    const dir = tmp('disclose-cache-sarif-');
    generateTemplates(ROOT, dir, 12, 11);
    const args = ['templates', '--regions', 'eu,china'];
    const sarif = [...args, '--sarif'];
    expect(exportBoth(dir, sarif)).toBe('0 of 12');
    const results = (JSON.parse(readFileSync(path.join(dir, 'cached', 'findings.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    expect(exportBoth(dir, sarif)).toBe('12 of 12');
    const t = path.join(dir, 'templates', readdirSync(path.join(dir, 'templates')).sort()[5]!);
    writeFileSync(t, readFileSync(t, 'utf8').replace(/^body: (.*)$/m, 'body: Hello again. $1'));
    expect(exportBoth(dir, sarif)).toBe('11 of 12');
    // Without --sarif: another run (the formats are in the cache's key), and no findings.sarif left over.
    expect(exportBoth(dir, args)).toBe('0 of 12');
    expect(existsSync(path.join(dir, 'cached', 'findings.sarif'))).toBe(false);
    expect(exportBoth(dir, args)).toBe('12 of 12');
    // And back: the SARIF is written anew, as a run without the cache writes it.
    expect(exportBoth(dir, sarif)).toBe('0 of 12');
    expect(existsSync(path.join(dir, 'cached', 'findings.sarif'))).toBe(true);
  });

  it('ignores a damaged cache with a note and a cache location that is a file is exit 2', () => {
    const dir = copyExamples();
    const args = ['templates', '--regions', 'eu'];
    exportBoth(dir, args);
    const cacheDir = path.join(dir, 'cache');
    const file = path.join(cacheDir, readdirSync(cacheDir)[0]!);
    expect(editCacheEntry(file, (j) => j.replace(/"path":"data\//, '"path":"../../'))).toBe(true);
    const r = disclose(dir, ['--debug', 'export', ...args, '--out', 'cached', '--quiet', '--cache', '--cache-location', 'cache']);
    expect(r.err).toMatch(/^note: the cache cache\/export-[0-9a-f]+\.json was ignored \(its entry for .* is damaged\); running without it$/m);
    expect(r.err).toMatch(/^cache: 0 of 7 templates reused$/m);
    sameTree(path.join(dir, 'fresh'), path.join(dir, 'cached'));
    const bad = disclose(dir, ['export', ...args, '--out', 'cached', '--cache', '--cache-location', 'organization.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--cache-location organization\.yaml is not a folder \[E_USAGE\]/);
  });
});
