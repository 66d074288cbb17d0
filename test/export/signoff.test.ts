/**
 * Issue 20, "sign-off that lasts": a reviewer signs cells off in summary.csv; the next export with
 * --since carries each sign-off over while the cell's footer, clause and findings are unchanged,
 * marks it "needs re-review" with the diff when they changed, and reports — never applies — a
 * sign-off that does not match the pack it was signed in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/export/read-csv.js';
import { cli } from '../helpers/cli.js';
import { copyExamples } from '../helpers/tree.js';

const REGIONS = ['--regions', 'eu,sg'];

interface Row {
  template: string;
  region: string;
  locale: string;
  review: string;
  reviewer?: string;
  signedOff?: string;
  cellHash: string;
}

function readRows(pack: string): Row[] {
  return JSON.parse(readFileSync(path.join(pack, 'summary.json'), 'utf8')) as Row[];
}

/** Fills reviewer and signed_off of the rows `sign` picks, as a reviewer does in a spreadsheet, and appends `extra` lines. */
function signOff(csvFile: string, sign: (cells: Record<string, string>) => [string, string] | undefined, extra: (header: string[], rows: string[][]) => string[][] = () => []): void {
  const records = parseCsv(readFileSync(csvFile, 'utf8'), csvFile);
  const header = records[0]!.values;
  const rows = records.slice(1).map((r) => r.values);
  const idx = (n: string) => header.indexOf(n);
  for (const v of rows) {
    const cells = Object.fromEntries(header.map((h, i) => [h, v[i] ?? '']));
    const s = sign(cells);
    if (s) [v[idx('reviewer')], v[idx('signed_off')]] = s;
  }
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const all = [header, ...rows, ...extra(header, rows)];
  writeFileSync(csvFile, `\ufeff${all.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`);
}

const cell = (rows: Row[], template: string, region: string) => rows.find((r) => r.template === template && r.region === region)!;

describe('sign-offs in summary.csv', () => {
  it('are carried over while a cell is unchanged, invalidated exactly where a template changed, and a tampered or unknown one is reported', async () => {
    const dir = copyExamples();
    const first = await cli(['export', 'templates', '--out', 'pack1', ...REGIONS], dir);
    expect(first.code, first.err).toBeLessThan(2);
    const cells = readRows(path.join(dir, 'pack1')).length;
    const euCells = readRows(path.join(dir, 'pack1')).filter((r) => r.region === 'eu').length;
    expect(cells).toBeGreaterThanOrEqual(12);
    expect(first.err).toContain(`review: 0 signed off, 0 need re-review, ${cells} pending`);
    const csv = path.join(dir, 'pack1', 'summary.csv');
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('\ufefftemplate,region,locale,channel,status,errors,warnings,infos,footer,clause_id,clause_number,change,review,reviewer,signed_off,content_hash');

    // The reviewer signs off every eu cell and one sg cell; one row's hash is edited, one row names no template of the pack.
    signOff(
      csv,
      (c) => (c['region'] === 'eu' || (c['region'] === 'sg' && c['template'] === 'payment_receipt') ? ['Dana Legal', '2026-12-06'] : c['template'] === 'appointment_reminder' && c['region'] === 'sg' ? ['Mallory', '2026-12-06'] : undefined),
      (header, rows) => {
        const tampered = rows.find((r) => r[0] === 'appointment_reminder' && r[1] === 'sg')!;
        tampered[header.indexOf('content_hash')] = '0000000000000000';
        const ghost = [...rows[0]!];
        ghost[0] = 'ghost_template';
        return [ghost];
      },
    );

    // One template changes: order_shipped keeps the delivery data 90 days instead of 180.
    const file = path.join(dir, 'templates', 'order_shipped.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('retention: { value: 180, unit: day, from: delivery }', 'retention: { value: 90, unit: day, from: delivery }'));

    const second = await cli(['export', 'templates', '--out', 'pack2', '--since', 'pack1', ...REGIONS], dir);
    expect(second.code, second.err).toBeLessThan(2);
    const rows = readRows(path.join(dir, 'pack2'));
    const invalidated = rows.filter((r) => r.review === 'needs-re-review');
    expect(invalidated.map((r) => `${r.template} ${r.region} ${r.locale}`)).toEqual(['order_shipped eu en']);
    expect(invalidated[0]).toMatchObject({ reviewer: 'Dana Legal', signedOff: '2026-12-06' });
    const signed = rows.filter((r) => r.review === 'signed-off').map((r) => `${r.template} ${r.region}`).sort();
    const expectedSigned = [...rows.filter((r) => r.region === 'eu' && r.template !== 'order_shipped').map((r) => `${r.template} eu`), 'payment_receipt sg'].sort();
    expect(signed).toEqual(expectedSigned);
    expect(signed.length).toBe(euCells);
    expect(cell(rows, 'appointment_reminder', 'sg').review).toBe('pending');
    expect(rows.filter((r) => r.review === 'pending').length).toBe(cells - euCells - 1);
    expect(second.err).toContain(`review: ${euCells} signed off, 1 needs re-review, ${cells - euCells - 1} pending`);

    // The edited hash and the unknown template are reported with their line, not applied.
    expect(second.err).toMatch(/pack1\/summary\.csv:\d+: warning: sign-off of appointment_reminder · sg · en not applied: the content_hash 0000000000000000 is not that of the cell/);
    expect(second.err).toContain(`pack1/summary.csv:${cells + 2}: warning: sign-off of ghost_template · eu · en not applied: the pack it was signed in has no template "ghost_template"`);

    // The new CSV carries the sign-offs in force, and shows the invalidated one with its columns free for a new sign-off.
    const csv2 = parseCsv(readFileSync(path.join(dir, 'pack2', 'summary.csv'), 'utf8'), 'summary.csv');
    const h2 = csv2[0]!.values;
    const get = (t: string, r: string) => Object.fromEntries(h2.map((k, i) => [k, csv2.find((x) => x.values[0] === t && x.values[1] === r)!.values[i]]));
    expect(get('payment_receipt', 'sg')).toMatchObject({ review: 'signed off', reviewer: 'Dana Legal', signed_off: '2026-12-06' });
    expect(get('order_shipped', 'eu')).toMatchObject({ review: 'needs re-review (signed off by Dana Legal on 2026-12-06)', reviewer: '', signed_off: '' });
    expect(get('order_shipped', 'eu')['content_hash']).toBe(cell(rows, 'order_shipped', 'eu').cellHash);

    // The HTML says who signed what off and when, and what changed.
    const index = readFileSync(path.join(dir, 'pack2', 'index.html'), 'utf8');
    expect(index).toContain(`data-signed-off="${euCells}" data-needs-re-review="1" data-pending="${cells - euCells - 1}"`);
    expect(index).toMatch(/<h3>Sign-offs not applied<\/h3>/);
    const page = readFileSync(path.join(dir, 'pack2', 'pages', 'order_shipped.html'), 'utf8');
    expect(page).toContain('<strong>Needs re-review</strong>: signed off by <span class="reviewer">Dana Legal</span> on <time>2026-12-06</time>, then the clause changed.');
    expect(page).toMatch(/<del>-.*180.*<\/del>/);
    expect(page).toMatch(/<ins>\+.*90.*<\/ins>/);
    const receipt = readFileSync(path.join(dir, 'pack2', 'pages', 'payment_receipt.html'), 'utf8');
    expect(receipt).toContain('Signed off by <strong class="reviewer">Dana Legal</strong> on <time>2026-12-06</time>');

    // A third export with nothing changed keeps the six sign-offs; the invalidated cell is pending until signed again.
    const third = await cli(['export', 'templates', '--out', 'pack3', '--since', 'pack2', ...REGIONS], dir);
    expect(third.err).toContain(`review: ${euCells} signed off, 0 need re-review, ${cells - euCells} pending`);
    expect(third.err).not.toContain('warning: sign-off');
  });

  it('refuses a sheet without the sign-off columns, and --signoffs without --since', async () => {
    const dir = copyExamples();
    await cli(['export', 'templates', '--out', 'pack1', ...REGIONS, '--quiet'], dir);
    writeFileSync(path.join(dir, 'sheet.csv'), 'template,region\r\norder_shipped,eu\r\n');
    const r = await cli(['export', 'templates', '--out', 'pack2', '--since', 'pack1', '--signoffs', 'sheet.csv', ...REGIONS], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sheet\.csv:1:1: error: not a sign-off sheet/);
    const s = await cli(['export', 'templates', '--out', 'pack2', '--signoffs', 'sheet.csv', ...REGIONS], dir);
    expect(s.code).toBe(2);
    expect(s.err).toContain('--signoffs needs --since');
  });

  it('reports a half-filled or undated sign-off', async () => {
    const dir = copyExamples();
    await cli(['export', 'templates', '--out', 'pack1', ...REGIONS, '--quiet'], dir);
    signOff(path.join(dir, 'pack1', 'summary.csv'), (c) => (c['template'] === 'order_shipped' ? (c['region'] === 'eu' ? ['Dana', ''] : ['Dana', 'yesterday']) : undefined));
    const r = await cli(['export', 'templates', '--out', 'pack2', '--since', 'pack1', ...REGIONS, '--quiet'], dir);
    expect(r.err).toContain('sign-off of order_shipped · eu · en not applied: a sign-off needs both a reviewer and a signed_off date');
    expect(r.err).toContain('sign-off of order_shipped · sg · en not applied: signed_off "yesterday" is not a date');
    expect(readRows(path.join(dir, 'pack2')).every((x) => x.review === 'pending')).toBe(true);
  });
});
