/**
 * Pack format 3 (issue 22, a lighter pack): one stylesheet, `pack.css`, linked from the index and
 * every page instead of a copy in each; each rule's explanation and source once per page, linked
 * from every finding that cites it; findings.sarif one result a line. A pack of format 2 at --out
 * is an earlier export and is replaced.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT_VERSION } from '../../src/export/manifest.js';
import { STYLE } from '../../src/export/html-style.js';
import { RULES } from '../../src/rules/index.js';
import { cli } from '../helpers/cli.js';
import { copyExamples } from '../helpers/tree.js';

describe('pack layout (format 3)', () => {
  it('links one stylesheet and explains each cited rule once per page', async () => {
    const dir = copyExamples();
    const r = await cli(['export', 'templates', '--regions', 'eu,china', '--out', 'pack', '--quiet'], dir);
    expect(r.code, r.err).toBe(0);
    const pack = path.join(dir, 'pack');
    expect(readFileSync(path.join(pack, 'pack.css'), 'utf8')).toBe(STYLE.trimStart());
    const manifest = JSON.parse(readFileSync(path.join(pack, 'pack.json'), 'utf8')) as { formatVersion: number; files: string[] };
    expect(manifest.formatVersion).toBe(PACK_FORMAT_VERSION);
    expect(PACK_FORMAT_VERSION).toBe(3);
    expect(manifest.files).toContain('pack.css');
    const index = readFileSync(path.join(pack, 'index.html'), 'utf8');
    expect(index).toContain('<link rel="stylesheet" href="pack.css">');
    expect(index).not.toContain('<style>');
    let cited = 0;
    for (const name of readdirSync(path.join(pack, 'pages'))) {
      const html = readFileSync(path.join(pack, 'pages', name), 'utf8');
      expect(html, name).toContain('<link rel="stylesheet" href="../pack.css">');
      expect(html, name).not.toContain('<style>');
      for (const rule of RULES) {
        const links = html.split(`<a href="#rule-${rule.meta.id}"><code>${rule.meta.id}</code></a>`).length - 1;
        const explained = html.split(`<li id="rule-${rule.meta.id}">`).length - 1;
        // A rule a finding cites is explained once on the page; one no finding cites is not.
        expect(explained, `${name} ${rule.meta.id}`).toBe(links > 0 ? 1 : 0);
        cited += explained;
      }
    }
    expect(cited).toBeGreaterThan(0);
    // findings.sarif: one result a line.
    const sarif = readFileSync(path.join(pack, 'findings.sarif'), 'utf8');
    const results = (JSON.parse(sarif) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    expect(sarif.split('\n').filter((l) => l.startsWith('{"ruleId"'))).toHaveLength(results.length);
  });

  it('replaces a pack of format 2 at --out (an export from before the upgrade)', async () => {
    const dir = copyExamples();
    expect((await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir)).code).toBe(0);
    const file = path.join(dir, 'pack', 'pack.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"formatVersion": 3/, '"formatVersion": 2'));
    const again = await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir);
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).formatVersion).toBe(3);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"formatVersion": 3/, '"formatVersion": 1'));
    const old = await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir);
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/E_PATH/);
  });
});
