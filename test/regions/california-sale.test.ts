/**
 * Review 3 CA-A (/work/notes/review-3-eu-ca.md): whether a disclosure to a third party is a sale
 * (Cal. Civ. Code §1798.140(ad)(1): "for monetary or other valuable consideration") is a fact only
 * the business knows. The recipient's `sold` decides: true → "We sell and share …" with the opt-out;
 * false → "We do not sell …" may stand; absent for a third party → no denial, and check reports
 * sale-undeclared.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Template } from '../../src/model/types.js';
import { check, loadProject } from '../../src/index.js';
import { examples, EXAMPLES, ROOT } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (t: Template, lng: string, region = 'california') => renderer.render(t, catalog.region(region), lng, org).clause.text;
const withAdReach = (sold: boolean | undefined): Template => {
  const t = tpl('marketing_promotion');
  return { ...t, flows: t.flows.map((f) => ({ ...f, recipients: f.recipients.map((r) => (r.name === 'AdReach Media' ? (({ sold: _s, ...rest }) => (sold === undefined ? rest : { ...rest, sold }))(r) : r)) })) };
};

describe('CA-A: "we do not sell" only where the data says so', () => {
  it('the example (AdReach Media sold: true): the reviewer\'s sentence in en and es, no denial for the sold data', () => {
    const en = render(tpl('marketing_promotion'), 'en');
    expect(en).toContain('We sell and share your phone number, device identifier, and order history with advertising partner AdReach Media (United States) for cross-context behavioral advertising. You can opt out: Do Not Sell or Share My Personal Information.');
    expect(en).not.toMatch(/We do not sell your phone number/);
    expect(en).toContain('We do not sell or share your name, shopping preferences, or message content.');
    expect(en).toContain('Do Not Sell or Share My Personal Information: https://nordlicht.example/privacy/do-not-sell');
    const es = render(tpl('marketing_promotion'), 'es');
    expect(es).toContain('Vendemos y compartimos los datos (número de teléfono, identificador del dispositivo e historial de pedidos) con el socio publicitario AdReach Media (Estados Unidos) para publicidad conductual de contexto cruzado. Puede optar por no participar: No vender ni compartir mi información personal.');
    expect(es).not.toContain('No vendemos los siguientes datos: número de teléfono');
  });

  it('sold: false keeps the denial; no declaration writes neither', () => {
    const no = render(withAdReach(false), 'en');
    expect(no).toContain('We do not sell your phone number, order history, or device identifier.');
    expect(no).toContain('We share your phone number, device identifier, and order history with advertising partner AdReach Media');
    const unknown = render(withAdReach(undefined), 'en');
    expect(unknown).not.toMatch(/We do not sell your/);
    expect(unknown).not.toMatch(/We sell/);
    expect(unknown).toContain('We do not sell or share your name, shopping preferences, or message content.');
  });

  it('a sold recipient is a CCPA fact: the EU text says nothing of selling', () => {
    expect(render(tpl('marketing_promotion'), 'en', 'eu')).not.toMatch(/\bsell\b/i);
  });

  it('check --region california: a warning asks for the fact when it is missing; the examples are clean', () => {
    const clean = check(loadProject({ cwd: ROOT, templates: [path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml')], org: path.join(EXAMPLES, 'organization.yaml'), config: false }), { regions: ['california'] });
    expect(clean.filter((f) => f.ruleId === 'sale-undeclared')).toEqual([]);
    const dir = mkdtempSync(path.join(tmpdir(), 'sale-'));
    const file = path.join(dir, 'marketing_promotion.yaml');
    const yaml = readFileSync(path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml'), 'utf8');
    expect(yaml).toMatch(/^ {8}sold: true$/m);
    writeFileSync(file, yaml.replace(/^ {8}sold: true\n/m, ''));
    const p = loadProject({ cwd: ROOT, templates: [file], org: path.join(EXAMPLES, 'organization.yaml'), config: false });
    const found = check(p, { regions: ['california'] }).filter((f) => f.ruleId === 'sale-undeclared');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain('AdReach Media');
    expect(check(p, { regions: ['eu'] }).filter((f) => f.ruleId === 'sale-undeclared')).toEqual([]);
  });
});
