/**
 * Vietnam (review-sea VN-1, BLOCKER): the clause says the Điều 20 cross-border transfer impact
 * assessment dossier was made and sent only when the organization declares the filing
 * (`vietnam.transferDossier.filedOn`); without it no sentence claims it and `check` reports the
 * element missing with the field to declare. The statute's own term for the dossier is used.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrganization } from '../../src/load/organization.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES, examples } from '../helpers/examples.js';

const ORG_FILE = path.join(EXAMPLES, 'organization.yaml');
const ORG_TEXT = readFileSync(ORG_FILE, 'utf8');
const WITHOUT = ORG_TEXT.replace(/^vietnam:\n(?: {2}.*\n)+/m, '');
const TERM = 'hồ sơ đánh giá tác động chuyển dữ liệu cá nhân xuyên biên giới';

function renderVn(orgText: string) {
  const { catalog, templates, renderer } = examples();
  const org = parseOrganization(orgText, ORG_FILE);
  const t = templates.find((x) => x.id === 'order_shipped')!;
  return renderer.render(t, catalog.region('vn'), 'vi', org);
}

describe('vn: the transfer dossier sentence rests on a declared filing', () => {
  it('the example organization declares the filing; the sentence uses the statutory term and says it was sent', () => {
    expect(ORG_TEXT).toMatch(/^vietnam:\n {2}transferDossier:\n {4}filedOn: "\d{4}-\d{2}-\d{2}"/m);
    const r = renderVn(ORG_TEXT);
    const lines = r.clause.text.split('\n').filter((l) => l.includes('hồ sơ'));
    expect(lines).toEqual([
      'Việc chuyển dữ liệu cá nhân xuyên biên giới được thực hiện theo Điều 20 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; chúng tôi đã lập hồ sơ đánh giá tác động chuyển dữ liệu cá nhân xuyên biên giới và gửi cơ quan chuyên trách bảo vệ dữ liệu cá nhân thuộc Bộ Công an theo khoản 2 Điều 20 Luật này.',
    ]);
    expect(lines[0]).toContain(TERM);
    expect(r.clause.text).not.toContain('đánh giá tác động xuyên biên giới và gửi');
  });

  it('without the declaration no sentence claims a dossier, and check names the missing field', async () => {
    expect(WITHOUT).not.toContain('vietnam:');
    const r = renderVn(WITHOUT);
    expect(r.clause.text).not.toMatch(/hồ sơ|Bộ Công an/);
    expect(r.clause.elements.find((e) => e.id === 'transfer_dossier')).toMatchObject({ written: false, missing: ['vietnam.transferDossier.filedOn'] });

    const dir = mkdtempSync(path.join(tmpdir(), 'disclose-vn-dossier-'));
    const org = path.join(dir, 'organization.yaml');
    writeFileSync(org, WITHOUT);
    const res = await cli(['check', path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), '--region', 'vn', '--org', org, '--format', 'json']);
    expect(res.code).toBe(1);
    const findings = JSON.parse(res.out) as Array<{ ruleId: string; message: string }>;
    const missing = findings.filter((f) => f.ruleId === 'region-element-missing' && f.message.includes('vietnam.transferDossier.filedOn'));
    expect(missing.length, JSON.stringify(findings, null, 1)).toBeGreaterThan(0);
  });

  it('a filing date is a quoted YYYY-MM-DD date', () => {
    expect(() => parseOrganization(ORG_TEXT.replace('filedOn: "2026-02-16"', 'filedOn: "16/02/2026"'), ORG_FILE)).toThrow(/filedOn|pattern/);
  });
});
