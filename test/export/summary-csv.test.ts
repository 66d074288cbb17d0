import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvSummary } from '../../src/export/summary-csv.js';
import type { SummaryRow } from '../../src/export/model.js';
import { tmp } from '../helpers/tree.js';

describe('summary.csv cells', () => {
  it('defuses formulas, also after leading spaces, and quotes what needs quoting', () => {
    const file = path.join(tmp(), 'summary.csv');
    const csv = new CsvSummary(file);
    const footers = ['=1+2', '  =1+2', '\u00a0@SUM(A1)', '-1', '\tx', 'plain, "quoted"', 'a - b = c'];
    for (const footer of footers) csv.row({ template: 't', region: 'eu', locale: 'en', channel: 'sms', status: 'clean', errors: 0, warnings: 0, infos: 0, footer, clauseId: 'c', clauseNumber: '1' } as unknown as SummaryRow);
    csv.close();
    const lines = readFileSync(file, 'utf8').slice(1).split('\r\n').slice(1, -1);
    expect(lines.map((l) => l.split(',').slice(8).join(',').replace(/,c,1,,pending,,,$/, ''))).toEqual(["'=1+2", "'  =1+2", "'\u00a0@SUM(A1)", "'-1", "'\tx", '"plain, ""quoted"""', 'a - b = c']);
  });
});
