/**
 * A WhatsApp authentication template carries no footer text of ours (Meta: preset text, expiry
 * footer, OTP button only; channels/whatsapp.yaml footer.notAllowedFor): render writes no disclosure
 * footer for one_time_passcode, and render, check and export all say, as an info finding
 * (footer-not-allowed), that the notice is the clause only. Other templates keep their footer.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, examples } from '../helpers/examples.js';
import { cli } from '../helpers/cli.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const OTP = path.join(EXAMPLES, 'templates', 'one_time_passcode.yaml');

describe('no disclosure footer in a WhatsApp authentication template', () => {
  it('render: footer variant none, empty, in every EU and California locale; the clause is still written', () => {
    for (const region of ['eu', 'california']) {
      for (const lng of catalog.region(region).locales) {
        const r = renderer.render(tpl('one_time_passcode'), catalog.region(region), lng, org);
        expect(r.footer.variant, `${region} ${lng}`).toBe('none');
        expect(r.footer.text).toBe('');
        expect(r.footer.claims).toEqual([]);
        expect(r.clause.text).toContain('5.4');
      }
    }
    // A utility WhatsApp template keeps its footer.
    expect(renderer.render(tpl('order_shipped'), catalog.region('eu'), 'en', org).footer.text).toContain('§5.2');
  });

  it('the channel data decides (footer.notAllowedFor)', () => {
    expect(catalog.channels.get('whatsapp')!.footer.notAllowedFor).toEqual(['authentication']);
    const sms = catalog.channels.get('sms')!;
    expect(sms.footer.notAllowedFor ?? []).not.toContain('authentication');
  });

  it('render and check report footer-not-allowed as info, naming the clause; check stays clean', async () => {
    const r = await cli(['render', OTP, '--region', 'eu', '--format', 'json']);
    const out = JSON.parse(r.out) as { footer: { variant: string; text: string }; findings: Array<{ ruleId: string; severity: string; message: string }> };
    expect(out.footer).toMatchObject({ variant: 'none', text: '' });
    const f = out.findings.filter((x) => x.ruleId === 'footer-not-allowed');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toContain('clause §5.4 only');
    const text = await cli(['render', OTP, '--region', 'california']);
    expect(text.out).toContain('Footer: none');
    const c = await cli(['check', OTP, '--region', 'eu,california', '--format', 'json']);
    expect(c.code).toBe(0);
    const findings = JSON.parse(c.out) as Array<{ ruleId: string; severity: string; region: string }>;
    expect(findings.filter((x) => x.ruleId === 'footer-not-allowed').map((x) => x.region).sort()).toEqual(expect.arrayContaining(['california', 'eu']));
    // Review 9 EU9-1: the examples record no check of the DPF List entries their EU clauses rely on (dpf-list-check warns).
    expect(findings.filter((x) => x.severity !== 'info' && x.ruleId !== 'dpf-list-check')).toEqual([]);
  });

  it('export: the pack carries the same finding', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'disclose-otp-export-'));
    const res = await cli(['export', OTP, '--out', out, '--regions', 'eu', '--format', 'json', '--quiet']);
    expect(res.code, res.err).toBeLessThan(2);
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
    const all = files.map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
    expect(all).toContain('footer-not-allowed');
  });
});
