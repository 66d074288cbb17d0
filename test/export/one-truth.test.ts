/**
 * Issue 20, "one truth" and "findings once": `export` runs what `check` runs. For every example
 * and every broken example (with the policy documents its header names), the pack's findings —
 * each template's lint findings and each cell's, from data/<template>.json — are exactly what
 * `check --format json` prints for the same arguments; summary.csv counts each cell the way check
 * does for that template, region and locale; findings.sarif holds each finding once; and the
 * summary line's totals are check's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readExportRecord } from '../../src/export/read-pack.js';
import { describe, expect, it } from 'vitest';
import { dedupeFindings, sortFindings, type Finding } from '../../src/check/finding.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';
import { tmp } from '../helpers/tree.js';

const BROKEN = path.join(EXAMPLES, 'broken');
const ORG = path.join(EXAMPLES, 'organization.yaml');

interface Cell {
  template: string;
  region: string;
  locale: string;
  errors: number;
  warnings: number;
  infos: number;
}

function packFindings(pack: string): Finding[] {
  const all: Finding[] = [];
  for (const name of readdirSync(path.join(pack, 'data')).sort()) {
    // Pack format 4 keeps each finding once per record, cells naming it by index: read back whole.
    const rec = readExportRecord(path.join(pack, 'data', name));
    all.push(...rec.lint, ...rec.results.flatMap((r) => r.findings));
  }
  return all;
}

async function compare(cwd: string, args: string[]): Promise<{ findings: number }> {
  const checked = await cli(['check', ...args, '--org', ORG, '--format', 'json'], cwd);
  expect(checked.code, checked.err).toBeLessThan(2);
  const expected = JSON.parse(checked.out) as Finding[];
  // Findings of the project as a whole (wording overrides) belong to no template; the examples have none.
  expect(expected.filter((f) => !f.template)).toEqual([]);

  const out = path.join(tmp(), 'pack');
  const exported = await cli(['export', ...args, '--org', ORG, '--out', out, '--sarif'], cwd);
  expect(exported.code, exported.err).toBe(checked.code);
  const found = packFindings(out);
  // Each finding once in the pack, and the same list as check's.
  expect(dedupeFindings(found).length).toBe(found.length);
  expect(sortFindings(dedupeFindings(found))).toEqual(expected);

  // summary.csv/json: a cell counts what check reports for its template in its region and locale.
  const rows = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as Cell[];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const mine = expected.filter((f) => f.template === row.template && (!f.region || (f.region === row.region && f.locale === row.locale)));
    const n = (s: string) => mine.filter((f) => f.severity === s).length;
    expect({ errors: row.errors, warnings: row.warnings, infos: row.infos }, `${row.template} ${row.region} ${row.locale}`).toEqual({ errors: n('error'), warnings: n('warning'), infos: n('info') });
  }

  // findings.sarif: check's results, each once. Pack format 6: the message without the fix (which
  // check's message ends with, before any "Related:" links), and the data only where the message
  // does not say all of it; since format 7, no other properties (template, region and locale are in
  // the message and the fingerprint).
  type Result = { ruleId: string; message: { text: string }; locations: unknown; properties?: { data?: Record<string, unknown> } };
  const sarif = JSON.parse(readFileSync(path.join(out, 'findings.sarif'), 'utf8')) as { runs: Array<{ results: Result[] }> };
  const checkSarif = JSON.parse((await cli(['check', ...args, '--org', ORG, '--format', 'sarif'], cwd)).out) as typeof sarif;
  const fixes = new Set(expected.flatMap((f) => (f.fix ? [f.fix] : [])));
  const lean = (r: Result): Result => {
    const m = / Fix: (.*?)(?= Related: \[|$)/s.exec(r.message.text);
    if (m) expect(fixes.has(m[1]!), m[1]).toBe(true);
    const text = m ? r.message.text.replace(m[0], '') : r.message.text;
    const data = r.properties?.data;
    // Said: every value of the data is a string (no number or flag) that the message holds.
    const said = (v: unknown): boolean => (typeof v === 'string' ? text.includes(v) : typeof v === 'object' && v !== null ? Object.values(v).every(said) : false);
    return { ...r, message: { text }, properties: { ...r.properties, data: data && !said(data) ? data : undefined } };
  };
  const key = (r: Result) => JSON.stringify([r.ruleId, r.message.text, r.locations, r.properties?.data ?? null]);
  const packKeys = sarif.runs[0]!.results.map(key);
  expect(new Set(packKeys).size).toBe(packKeys.length);
  expect([...packKeys].sort()).toEqual(checkSarif.runs[0]!.results.map((r) => key(lean(r))).sort());
  for (const r of sarif.runs[0]!.results) {
    expect(r.message.text, 'no fix in the pack SARIF').not.toMatch(/ Fix: /);
    expect(Object.keys(r.properties ?? { data: 1 }), 'only data in properties').toEqual(['data']);
  }

  // The summary line counts the way check's does.
  const errors = expected.filter((f) => f.severity === 'error').length;
  const warnings = expected.filter((f) => f.severity === 'warning').length;
  expect(exported.err).toContain(`(${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
  return { findings: expected.length };
}

function headerArgs(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return (/^# check:(.*)$/m.exec(text)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
}

describe('the pack holds exactly the findings check reports', () => {
  it('examples/templates with every example policy, all regions', async () => {
    const policies = readdirSync(path.join(EXAMPLES, 'policies')).sort().flatMap((p) => ['--policy', path.join(EXAMPLES, 'policies', p)]);
    const { findings } = await compare(EXAMPLES, ['templates', '--all-regions', ...policies]);
    expect(findings).toBeGreaterThan(0);
  });

  it('examples/templates without policies', async () => {
    await compare(EXAMPLES, ['templates', '--region', 'eu,sg,china', '--all-locales']);
  });

  for (const name of readdirSync(BROKEN).filter((f) => f.endsWith('.yaml')).sort()) {
    it(`broken/${name}`, async () => {
      const { findings } = await compare(BROKEN, [name, ...headerArgs(path.join(BROKEN, name))]);
      expect(findings).toBeGreaterThan(0);
    });
  }
});
