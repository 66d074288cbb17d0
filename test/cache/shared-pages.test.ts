/**
 * A re-export with `--cache` (cache format 4) reads and makes only what the change touches of the
 * pack's shared texts: texts.json is taken by the SHA-256 the cache recorded (not each text hashed
 * again, not every clause texts page read back), a clause body's text is read from its page only for
 * a texts page made again, and a shared page (clause texts, findings, the notes page) whose inputs'
 * digest and file are the recorded ones is linked without being rendered. The pack stays byte for
 * byte a run without the cache's; a page edited by hand is made again, and a texts.json that is not
 * the recorded bytes is read and checked text by text, as before. (Idea and first version: SF, stop
 * 26, branch sf-work; here with the texts read lazily.)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const renders = { texts: 0, findings: 0, notes: 0, readTexts: 0, bodies: 0 };
vi.mock('../../src/export/html-page.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/export/html-page.js')>();
  return {
    ...orig,
    renderTextsPage: (...a: Parameters<typeof orig.renderTextsPage>) => (renders.texts++, orig.renderTextsPage(...a)),
    renderFindingPage: (...a: Parameters<typeof orig.renderFindingPage>) => (renders.findings++, orig.renderFindingPage(...a)),
    renderNotesPage: (...a: Parameters<typeof orig.renderNotesPage>) => (renders.notes++, orig.renderNotesPage(...a)),
  };
});
vi.mock('../../src/export/text-store.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/export/text-store.js')>();
  const body = orig.PreviousTexts.prototype.body;
  orig.PreviousTexts.prototype.body = function (this: typeof orig.PreviousTexts.prototype, hash: string) {
    renders.bodies++;
    return body.call(this, hash);
  };
  return { ...orig, readTexts: (...a: Parameters<typeof orig.readTexts>) => (renders.readTexts++, orig.readTexts(...a)) };
});

const { exportPack, loadProject } = await import('../../src/index.js');
const { isAggregateSpans } = await import('../../src/export/aggregate-spans.js');
const { copyExamples, readTree, tmp } = await import('../helpers/tree.js');

const reset = () => Object.assign(renders, { texts: 0, findings: 0, notes: 0, readTexts: 0, bodies: 0 });

/** A cached export of `dir` to pack/ (one thread), and the same without the cache to plain/: their bytes must be the same. */
async function both(dir: string, cacheDir: string): Promise<typeof renders> {
  const options = { regions: ['eu', 'california', 'china'], jobs: 1 };
  reset();
  await exportPack(loadProject({ cwd: dir, config: false, templates: ['templates'] }), { ...options, out: path.join(dir, 'pack'), cache: { dir: cacheDir, note: () => {}, cwd: dir } });
  const counted = { ...renders };
  await exportPack(loadProject({ cwd: dir, config: false, templates: ['templates'] }), { ...options, out: path.join(dir, 'plain') });
  expect(readTree(path.join(dir, 'pack'))).toEqual(readTree(path.join(dir, 'plain')));
  return counted;
}

const textsPages = (dir: string) => readdirSync(path.join(dir, 'pack', 'texts')).length;

describe('export --cache: the shared texts and pages', () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = copyExamples();
    cacheDir = tmp();
  });

  it('reads no previous text and renders no page when nothing changed, and only the texts pages of a changed template', async () => {
    const cold = await both(dir, cacheDir);
    const pages = textsPages(dir);
    expect(cold.texts).toBe(pages);
    expect(cold.findings).toBeGreaterThan(0);
    expect(cold.notes).toBe(1);
    // Nothing changed: texts.json taken by its recorded hash, no body read, every shared page linked by its record.
    expect(await both(dir, cacheDir)).toEqual({ texts: 0, findings: 0, notes: 0, readTexts: 0, bodies: 0 });
    // One template's body changed: its clause texts pages are made again, none of the others; the
    // previous texts are still not read text by text, only the bodies those pages show that it did not make.
    const file = path.join(dir, 'templates', 'payment_receipt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^body: \|-\n {2}/m, 'body: |-\n  Thanks. '));
    const own = new Set([...readFileSync(path.join(dir, 'pack', 'pages', 'payment_receipt.html'), 'utf8').matchAll(/href="\.\.\/(texts\/[0-9a-f]+\.html)#/g)].map((m) => m[1]));
    const one = await both(dir, cacheDir);
    expect(one.readTexts).toBe(0);
    expect(one.texts).toBeLessThanOrEqual(own.size);
    expect(one.texts).toBeLessThan(pages);
  }, 300_000);

  it('makes a page edited by hand again, whatever its record says', async () => {
    await both(dir, cacheDir);
    const texts = readdirSync(path.join(dir, 'pack', 'texts'));
    const page = path.join(dir, 'pack', 'texts', texts[0]!);
    writeFileSync(page, readFileSync(page, 'utf8').replace('<h1>', '<h1>Edited '));
    // Its stats are not the recorded ones: the texts are read and checked as before, the page made
    // again (the others linked), the bytes a run without the cache writes.
    const again = await both(dir, cacheDir);
    expect(again.readTexts).toBe(1);
    expect(again.texts).toBe(1);
    // A finding's page edited by hand (its text is not read back): made again from its record's text.
    const findings = readdirSync(path.join(dir, 'pack', 'findings'));
    const finding = path.join(dir, 'pack', 'findings', findings[0]!);
    writeFileSync(finding, readFileSync(finding, 'utf8').replace('<h1>', '<h1>Edited '));
    expect((await both(dir, cacheDir)).findings).toBe(1);
  }, 300_000);

  it('reads texts.json text by text when it is not the recorded bytes', async () => {
    await both(dir, cacheDir);
    const file = path.join(dir, 'pack', 'texts.json');
    // The same texts, other bytes (a space after the first brace): not the recorded hash.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^\{/, '{ '));
    const again = await both(dir, cacheDir);
    expect(again.readTexts).toBe(1);
    expect(again.bodies).toBe(0);
  }, 300_000);

  it('refuses a record that names a file outside the shared pages, or a digest that is not one', () => {
    const page = { path: 'texts/0123456789abcdef.html', digest: '0123456789abcdef0123456789abcdef', size: 10, mtimeMs: 1, ino: 2 };
    expect(isAggregateSpans({ names: [], files: [], pages: [page] })).toBe(true);
    expect(isAggregateSpans({ names: [], files: [], texts: 'a'.repeat(64) })).toBe(true);
    expect(isAggregateSpans({ names: [], files: [] })).toBe(true);
    for (const bad of ['../pack.json', 'pages/t1.html', 'texts/../x.html', 'index.html', '/etc/passwd']) {
      expect(isAggregateSpans({ names: [], files: [], pages: [{ ...page, path: bad }] }), bad).toBe(false);
    }
    expect(isAggregateSpans({ names: [], files: [], pages: [{ ...page, digest: 'x' }] })).toBe(false);
    expect(isAggregateSpans({ names: [], files: [], pages: {} })).toBe(false);
    expect(isAggregateSpans({ names: [], files: [], texts: 'not a hash' })).toBe(false);
  });
});
