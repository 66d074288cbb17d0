/**
 * Pack format 4 (issue 22, a lighter pack): one stylesheet, `pack.css`, linked from the index and
 * every page instead of a copy in each; each rule's explanation and source once for the pack, in
 * rules.html, linked from every finding that cites it; findings.sarif one result a line; each
 * finding once per template record. A pack of format 3 or 2 at --out is an earlier export and is
 * replaced.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT_VERSION } from '../../src/export/manifest.js';
import { STYLE } from '../../src/export/html-style.js';
import { RULES } from '../../src/rules/index.js';
import { compactRecord, expandRecord, readExportRecord, type StoredRecord } from '../../src/export/read-pack.js';
import { cli } from '../helpers/cli.js';
import { copyExamples, tmp } from '../helpers/tree.js';
import { ROOT } from '../helpers/examples.js';
import { generateTemplates } from '../../bench/generate.js';
import { escapeHtml } from '../../src/export/html-escape.js';

describe('pack layout (format 4)', () => {
  it('links one stylesheet and explains each rule once for the pack', async () => {
    const dir = copyExamples();
    const r = await cli(['export', 'templates', '--regions', 'eu,china', '--out', 'pack', '--quiet'], dir);
    expect(r.code, r.err).toBe(0);
    const pack = path.join(dir, 'pack');
    expect(readFileSync(path.join(pack, 'pack.css'), 'utf8')).toBe(STYLE.trimStart());
    const manifest = JSON.parse(readFileSync(path.join(pack, 'pack.json'), 'utf8')) as { formatVersion: number; files: string[] };
    expect(manifest.formatVersion).toBe(PACK_FORMAT_VERSION);
    expect(PACK_FORMAT_VERSION).toBe(4);
    expect(manifest.files).toContain('pack.css');
    const index = readFileSync(path.join(pack, 'index.html'), 'utf8');
    expect(index).toContain('<link rel="stylesheet" href="pack.css">');
    expect(index).not.toContain('<style>');
    // Format 4: every rule explained once for the pack, in rules.html; pages link to it.
    const rules = readFileSync(path.join(pack, 'rules.html'), 'utf8');
    expect(rules).toContain('<link rel="stylesheet" href="pack.css">');
    expect(manifest.files).toContain('rules.html');
    for (const rule of RULES) {
      expect(rules.split(`<li id="rule-${rule.meta.id}">`).length - 1, rule.meta.id).toBe(1);
      expect(rules, rule.meta.id).toContain(escapeHtml(rule.meta.source));
    }
    let cited = 0;
    for (const name of readdirSync(path.join(pack, 'pages'))) {
      const html = readFileSync(path.join(pack, 'pages', name), 'utf8');
      expect(html, name).toContain('<link rel="stylesheet" href="../pack.css">');
      expect(html, name).not.toContain('<style>');
      expect(html, name).not.toContain('<li id="rule-');
      for (const rule of RULES) cited += html.split(`<a href="../rules.html#rule-${rule.meta.id}"><code>${rule.meta.id}</code></a>`).length - 1;
      expect(html, name).not.toMatch(/<a href="#rule-/);
    }
    expect(cited).toBeGreaterThan(0);
    // findings.sarif: one result a line.
    const sarif = readFileSync(path.join(pack, 'findings.sarif'), 'utf8');
    const results = (JSON.parse(sarif) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    expect(sarif.split('\n').filter((l) => l.startsWith('{"ruleId"'))).toHaveLength(results.length);
  });

  it('replaces a pack of format 3 or 2 at --out (an export from before the upgrade)', async () => {
    const dir = copyExamples();
    expect((await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir)).code).toBe(0);
    const file = path.join(dir, 'pack', 'pack.json');
    for (const earlier of [3, 2]) {
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"formatVersion": 4/, `"formatVersion": ${earlier}`));
      const again = await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir);
      expect(again.code, again.err).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8')).formatVersion).toBe(4);
    }
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"formatVersion": 4/, '"formatVersion": 1'));
    const old = await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir);
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/E_PATH/);
  });

  it('keeps each finding of a template once in its record, and reads it back as written', async () => {
    // Generated templates rest on consent without a record: the same finding in every cell.
    const dir = tmp('disclose-record-');
    generateTemplates(ROOT, dir, 6, 7);
    const r = await cli(['export', 'templates', '--regions', 'eu,california,china', '--out', 'pack', '--quiet'], dir);
    expect(r.code, r.err).toBe(1);
    let shared = 0;
    for (const name of readdirSync(path.join(dir, 'pack', 'data'))) {
      const file = path.join(dir, 'pack', 'data', name);
      const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredRecord;
      const keys = stored.findings.map((f) => JSON.stringify(f));
      expect(new Set(keys).size, name).toBe(keys.length);
      const refs = [...stored.lint, ...stored.results.flatMap((c) => c.findings)];
      shared += refs.length - new Set(refs).size;
      // What the record, its cells and the template's file already say is left out of each finding.
      for (const f of stored.findings) {
        expect(f['template'], name).not.toBe(stored.template);
        expect(f['file'], name).not.toBe(stored.file);
      }
      const rec = readExportRecord(file);
      expect(rec, name).toEqual(expandRecord(compactRecord(rec)));
      for (const c of rec.results) {
        for (const f of c.findings) {
          expect(f.template, name).toBe(stored.template);
          if (f.region !== undefined) expect([f.region, f.locale]).toEqual([c.region, c.locale]);
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
  });
});
