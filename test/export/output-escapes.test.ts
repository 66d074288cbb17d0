/**
 * Issue 21, item 8: SARIF `artifactLocation.uri` is a percent-encoded URI reference, and
 * summary.csv quotes every cell a spreadsheet would take as a formula, also behind a line feed, an
 * ideographic space or in full-width form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyExamples, tmp } from '../helpers/tree.js';
import { CsvSummary } from '../../src/export/summary-csv.js';
import type { SummaryRow } from '../../src/export/model.js';
import { sarifUri } from '../../src/format/findings-sarif.js';

describe('SARIF artifactLocation.uri', () => {
  it('percent-encodes spaces, #, %, ? and line breaks in file names (check --format sarif)', async () => {
    const dir = copyExamples();
    const name = 'my tpl #1%?\n.yaml';
    const src = path.join(dir, 'templates', 'order_shipped.yaml');
    writeFileSync(path.join(dir, 'templates', name), readFileSync(src, 'utf8').replace('https://track.swiftship.example/t/{{4}} for', 'http://track.swiftship.example/t/{{4}} for'));
    const r = await cli(['check', path.join(dir, 'templates', name), '--region', 'sg', '--format', 'sarif'], dir);
    const sarif = JSON.parse(r.out) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const u of uris) expect(u).toBe('templates/my%20tpl%20%231%25%3F%0A.yaml');
  });
  it('keeps the slashes and ../ of a relative path', () => {
    expect(sarifUri('../a b/c.yaml')).toBe('../a%20b/c.yaml');
  });
});

describe('summary.csv formula cells', () => {
  function csvOf(footers: string[]): string[] {
    const file = path.join(tmp(), 'summary.csv');
    const csv = new CsvSummary(file);
    for (const footer of footers) {
      const row: SummaryRow = { template: 't', region: 'eu', locale: 'en', channel: 'whatsapp', status: 'clean', errors: 0, warnings: 0, infos: 0, footer, clauseId: 'c', clauseNumber: '1', footerHash: '', clauseHash: '', page: '' } as unknown as SummaryRow;
      csv.row(row);
    }
    csv.close();
    return readFileSync(file, 'utf8').split('\r\n').slice(1, -1);
  }
  it('prefixes full-width ＝ ＋ － ＠, U+3000 + "=", and LF + "=" with an apostrophe', () => {
    const rows = csvOf(['\uFF1DHYPERLINK("x")', '\u3000=1+1', '\n=1+1', '\uFF0B1', '\uFF0D1', '\uFF20x', '=1', ' @x', 'plain']);
    const footers = rows.map((r) => r.split(',').slice(8).join(','));
    expect(footers[0]).toMatch(/^"'\uFF1DHYPERLINK\(""x""\)"/);
    expect(footers[1]).toMatch(/^'\u3000=1\+1,/);
    expect(footers[2]).toMatch(/^"'\n=1\+1",/);
    expect(footers[3]).toMatch(/^'\uFF0B1,/);
    expect(footers[4]).toMatch(/^'\uFF0D1,/);
    expect(footers[5]).toMatch(/^'\uFF20x,/);
    expect(footers[6]).toMatch(/^'=1,/);
    expect(footers[7]).toMatch(/^' @x,/);
    expect(footers[8]).toMatch(/^plain,/);
  });
});
