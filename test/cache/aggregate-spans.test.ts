/**
 * `export --cache`: each template's part of the aggregates kept as byte ranges of the previous
 * pack's files (`src/export/aggregate-spans.ts`) and copied by `FileSink.copy`. The file a re-export
 * writes with copied parts is the file written from scratch; a part that would come at another
 * point (the first JSON row, with its separator) is not copied; a file that is not the one the
 * cache describes is not read; a damaged record makes the cache ignored with a note.
 * Library-level, small files in a temporary folder (the whole export: test/cache/export-cache).
 */
import { openSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAggregateSpans, PreviousAggregates, SpanRecorder } from '../../src/export/aggregate-spans.js';
import { CopySource, FileSink } from '../../src/export/file-sink.js';
import { JsonSummary } from '../../src/export/summary-json.js';
import type { SummaryRow } from '../../src/export/model.js';
import { readCache, writeCache } from '../../src/cache/store.js';
import { DiscloseError } from '../../src/errors.js';
import { tmp } from '../helpers/tree.js';

const row = (template: string, region: string): SummaryRow => ({ template, region, locale: 'en', channel: 'sms', status: 'clean', errors: 0, warnings: 0, infos: 0, footer: `Footer of ${template}`, clauseId: 'c', clauseNumber: '1', page: `${template}.html`, footerHash: 'f', clauseHash: 'c', review: 'pending' }) as SummaryRow;

/** summary.json of these templates (two rows each), recording where each template's part begins. */
function writeSummary(dir: string, names: string[], from?: PreviousAggregates): { file: string; copied: string[] } {
  const file = path.join(dir, 'summary.json');
  const json = new JsonSummary(file);
  const spans = new SpanRecorder([['summary.json', json]]);
  const copied: string[] = [];
  for (const n of names) {
    spans.begin(n);
    if (from?.copyPart('summary.json', n, json)) copied.push(n);
    else for (const r of ['eu', 'sea']) json.row(row(n, r));
  }
  spans.end();
  json.close();
  writeFileSync(path.join(dir, 'spans.json'), JSON.stringify(spans.finish(dir)));
  return { file, copied };
}
const spansOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'spans.json'), 'utf8')) as unknown;

describe('aggregate spans', () => {
  it('FileSink.copy appends ranges of another file, contiguous ones as one, in order with written text', () => {
    const dir = tmp('disclose-spans-');
    const src = path.join(dir, 'src.txt');
    writeFileSync(src, '0123456789');
    const from = new CopySource(src, openSync(src, 'r'));
    const out = path.join(dir, 'out.txt');
    const sink = new FileSink(out);
    sink.write('<');
    sink.copy(from, 2, 4);
    sink.copy(from, 4, 6);
    sink.write('|');
    sink.copy(from, 0, 1);
    sink.copy(from, 3, 3);
    expect(sink.offset).toBe(1 + 4 + 1 + 1);
    sink.close();
    expect(readFileSync(out, 'utf8')).toBe('<2345|0');
    // A source that ends before the range does is an error, never a short file called done.
    const short = new FileSink(path.join(dir, 'short.txt'));
    short.copy(from, 8, 20);
    expect(() => short.close()).toThrow(DiscloseError);
    from.close();
  });

  it('a summary written with the parts of unchanged templates copied is the summary written from scratch', () => {
    const before = tmp('disclose-spans-');
    writeSummary(before, ['a', 'b', 'c', 'd']);
    const spans = spansOf(before);
    expect(isAggregateSpans(spans)).toBe(true);
    const from = PreviousAggregates.open(before, spans as never)!;
    expect(from).toBeDefined();
    // c changed (not offered for copying), e new, a removed: b was not first then and is first now, so it is written.
    const now = tmp('disclose-spans-');
    const file = path.join(now, 'summary.json');
    const json = new JsonSummary(file);
    const copied: string[] = [];
    for (const n of ['b', 'c', 'd', 'e']) {
      if (n !== 'c' && n !== 'e' && from.copyPart('summary.json', n, json)) copied.push(n);
      else for (const r of ['eu', 'sea']) json.row(row(n, r));
    }
    json.close();
    from.close();
    expect(copied).toEqual(['d']);
    const scratch = tmp('disclose-spans-');
    writeSummary(scratch, ['b', 'c', 'd', 'e']);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(scratch, 'summary.json'), 'utf8'));
    // With the first template kept, every unchanged one is copied.
    const again = tmp('disclose-spans-');
    const run = writeSummary(again, ['a', 'b', 'c', 'd'], PreviousAggregates.open(before, spans as never));
    expect(run.copied).toEqual(['a', 'b', 'c', 'd']);
    expect(readFileSync(run.file, 'utf8')).toBe(readFileSync(path.join(before, 'summary.json'), 'utf8'));
  });

  it('does not read a file that is not the one the record describes, nor a record that does not add up', () => {
    const dir = tmp('disclose-spans-');
    writeSummary(dir, ['a', 'b']);
    const spans = spansOf(dir) as { files: Array<{ offsets: number[]; size: number }> };
    const file = path.join(dir, 'summary.json');
    // Same size, other bytes, another modification time: not the file.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Footer of a', 'Footer of X'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(PreviousAggregates.open(dir, spans as never)).toBeUndefined();
    const bad = structuredClone(spans);
    bad.files[0]!.offsets[1] = bad.files[0]!.size + 1;
    expect(isAggregateSpans(bad)).toBe(false);
    const fewer = structuredClone(spans);
    fewer.files[0]!.offsets.pop();
    expect(isAggregateSpans(fewer)).toBe(false);
  });

  it('a cache whose record besides the entries is damaged is ignored with a note', () => {
    const dir = tmp('disclose-spans-');
    const notes: string[] = [];
    const cache = { dir, cwd: dir, note: (t: string) => notes.push(t) };
    const file = path.join(dir, 'export.json');
    const isEntry = (v: unknown): v is { key: string } => typeof v === 'object' && v !== null;
    writeCache(file, 'export', 'g', new Map([['t.yaml', { key: 'k' }]]), cache, undefined, { names: ['x'], files: [{ name: 'summary.csv', size: 1, mtimeMs: 0, ino: 1, offsets: [0, 2] }] });
    expect(readCache(file, 'export', 'g', isEntry, cache, isAggregateSpans).size).toBe(0);
    expect(notes.join('')).toMatch(/was ignored \(its record besides the entries is damaged\)/);
  });
});
