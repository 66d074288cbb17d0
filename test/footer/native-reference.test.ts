/**
 * Footers name the policy section as a reader of their language expects (issue 17:
 * "Datenschutzhinweise Ziff. 5.2", "นโยบายความเป็นส่วนตัว ข้อ 5.2"), within the channel limit, and
 * the reader (src/claims/clause-references.ts, locales/<lng>/references.yaml) recognises those forms
 * and the ones people write, in footers (clause-reference-mismatch) and in policy headings
 * (check --policy).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { findClauseReferences, leadingReference, referenceForms } from '../../src/claims/clause-references.js';
import { parsePolicy } from '../../src/policy/document.js';
import { readOutline } from '../../src/policy/outline.js';
import { Localizer } from '../../src/render/localizer.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { mkdirSync } from 'node:fs';
import { caseProject, findings } from '../helpers/check-case.js';
import { EXAMPLES, examples, regionLocales } from '../helpers/examples.js';

const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'zh-CN', 'ms', 'id', 'th', 'vi'];

/** The form each locale's footers write, as a reader of that language expects it (5.2 filled in). */
const NATIVE: Record<string, string> = {
  en: 'Privacy §5.2',
  de: 'Datenschutzhinweise Ziff. 5.2',
  fr: 'Confidentialité, point 5.2',
  es: 'Privacidad, apdo. 5.2',
  it: 'Informativa, punto 5.2',
  nl: 'Privacyverklaring art. 5.2',
  pl: 'Polityka prywatności, pkt 5.2',
  'zh-CN': '隐私政策第5.2条',
  ms: 'Dasar Privasi, bahagian 5.2',
  id: 'Kebijakan Privasi bagian 5.2',
  th: 'นโยบายความเป็นส่วนตัว ข้อ 5.2',
  vi: 'Chính sách bảo mật mục 5.2',
};

/** Law citations in each language that name no section of the policy. */
const CITATIONS: Record<string, string> = {
  en: 'Legal basis: Art. 6(1)(b) GDPR; Article 49(1)(b) of the GDPR; Cal. Civ. Code §1798.100(a)(1); section 129(3) Act 709.',
  de: 'Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO; § 147 Abs. 4 AO; § 7 Abs. 3 UWG.',
  fr: "Base juridique : article 6, paragraphe 1, point b), du RGPD ; art. 49 du RGPD.",
  es: 'Base jurídica: art. 6, apdo. 1, letra b), del RGPD; artículo 49 del RGPD.',
  it: 'Base giuridica: art. 6, par. 1, lett. b), del GDPR; articolo 49 del GDPR.',
  nl: 'Grondslag: art. 6 lid 1 onder b AVG; artikel 49 AVG.',
  pl: 'Podstawa prawna: art. 6 ust. 1 lit. b RODO; art. 49 RODO.',
  'zh-CN': '法律依据：《个人信息保护法》第13条；本法第38条。',
  ms: 'Asas: seksyen 129(3) Akta 709; seksyen 6 Akta 709.',
  id: 'Dasar hukum: Pasal 20 ayat (2) huruf b UU PDP; Pasal 56 UU PDP.',
  th: 'ฐานทางกฎหมาย: ข้อ 5 แห่งประกาศคณะกรรมการ; ข้อ 3 ของประกาศ',
  vi: 'Căn cứ: Điều 20 Luật Bảo vệ dữ liệu cá nhân; khoản 2 Điều 20 Luật số 91/2025/QH15.',
};

const { catalog } = examples();
const loc = (lng: string) => new Localizer(catalog.locale(lng));
/** The first region that writes each locale. */
const REGION: Record<string, string> = {};
for (const { region, locale } of regionLocales(catalog)) REGION[locale] ??= region;

const fill = (form: string, n: string) => form.replace('{{number}}', n);

describe('the reference forms are data, one file per locale', () => {
  for (const lng of LOCALES) {
    it(`${lng}: the footer wording writes the native form, and the reader reads it back`, () => {
      const forms = referenceForms(lng)!;
      expect(forms, `locales/${lng}/references.yaml`).toBeDefined();
      const written = loc(lng).t('footer.reference', { number: '5.2' });
      expect(written).toBe(NATIVE[lng]);
      expect(written).toContain(fill(forms.written, '5.2'));
      expect(findClauseReferences(written, lng).map((r) => r.number)).toEqual(['5.2']);
    });
    it(`${lng}: every form people write is read, with its number`, () => {
      const forms = referenceForms(lng)!;
      expect(forms.forms.length).toBeGreaterThan(3);
      for (const form of forms.forms) {
        const text = `${loc(lng).t('footer.referenceOnly', { reference: fill(form, '7.3') })} https://nrdl.example/p`;
        expect(findClauseReferences(text, lng).map((r) => r.number), text).toEqual(['7.3']);
        // In a heading of a policy, in any locale's form.
        expect(leadingReference(`${fill(form, '7.3')} Title`)?.number, form).toBe('7.3');
      }
    });
    it(`${lng}: a law citation is no section reference`, () => {
      expect(findClauseReferences(CITATIONS[lng]!, lng)).toEqual([]);
    });
  }
  it('a number is read whole: "5.2" is not read in "5.23" or "15.2"', () => {
    expect(findClauseReferences('Privacy §5.23', 'en').map((r) => r.number)).toEqual(['5.23']);
    expect(findClauseReferences('Ziff. 15.2', 'de').map((r) => r.number)).toEqual(['15.2']);
    expect(findClauseReferences('siehe Ziff. 5.2.', 'de').map((r) => r.number)).toEqual(['5.2']);
  });
  it('Chinese numerals after 第 are read as numbers, a part and its clause written together as one ("第十部分第2条" → 10.2), a measure word is none', () => {
    expect(findClauseReferences('请特别注意第七条。详见第四部分第4.14条；第十部分第2条。', 'zh-CN').map((r) => r.number)).toEqual(['7', '4.14', '10.2']);
    expect(findClauseReferences('我们向您发送一条消息；《个人信息保护法》第二十三条；本法第38条', 'zh-CN')).toEqual([]);
    expect(findClauseReferences('siehe Abschnitt 5 Ziff. 2', 'de').map((r) => r.number)).toEqual(['5.2']);
    expect(leadingReference('第五条 订单配送')).toEqual({ number: '5', rest: ' 订单配送' });
    expect(leadingReference('第一百零五条 联系我们')?.number).toBe('105');
  });
  it("a project's locale folder adds forms (references.yaml beside its wording.yaml), and its footer wording is read too", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'project-locales-'));
    try {
      mkdirSync(path.join(root, 'de'));
      writeFileSync(path.join(root, 'de', 'wording.yaml'), 'footer:\n  reference: "Datenschutzerklärung Gliederungspunkt {{number}}"\n');
      writeFileSync(path.join(root, 'de', 'references.yaml'), 'forms: ["Rubrik {{number}}"]\n');
      const de = loadCatalog({ localeDirs: [root] }).locale('de');
      expect(readClaims('Ihre Daten: Rubrik 4.1', de).references.map((r) => r.number)).toEqual(['4.1']);
      expect(readClaims('Ihre Daten: Datenschutzerklärung Gliederungspunkt 4.2', de).references.map((r) => r.number)).toEqual(['4.2']);
      expect(readClaims('Ihre Daten: Ziffer 4.3', de).references.map((r) => r.number)).toEqual(['4.3']);
      // Our own German reads no "Rubrik".
      expect(findClauseReferences('Ihre Daten: Rubrik 4.1', 'de')).toEqual([]);
      mkdirSync(path.join(root, 'bad', 'de'), { recursive: true });
      writeFileSync(path.join(root, 'bad', 'de', 'wording.yaml'), 'footer:\n  joiner: "; "\n');
      writeFileSync(path.join(root, 'bad', 'de', 'references.yaml'), 'forms:\n  - "Rubrik"\n');
      const bad = loadCatalog({ localeDirs: [path.join(root, 'bad')] }).locale('de');
      expect(() => readClaims('Rubrik 4.1', bad).references).toThrow(/forms\[0\]: "Rubrik" must hold \{\{number\}\} exactly once/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('a headline that cites a law is not numbered', () => {
    expect(leadingReference('Art. 6 DSGVO – Rechtsgrundlagen')).toBeUndefined();
    expect(leadingReference('Article 13 GDPR information')).toBeUndefined();
  });
});

describe('rendered footers name the section in their language, within the channel limit', () => {
  const p = caseProject();
  const { templates } = examples();
  for (const lng of LOCALES) {
    it(`${lng}: every example footer holds the native form with its clause number`, () => {
      const region = catalog.region(REGION[lng]!);
      const forms = referenceForms(lng)!;
      for (const t of templates) {
        if (!t.clause.number || t.footer !== undefined) continue;
        const out = p.render(t, { region, locale: lng });
        // A WhatsApp authentication template carries no footer of ours (channels/whatsapp.yaml footer.notAllowedFor).
        if (out.footer.variant === 'none') {
          expect(t.category, t.id).toBe('authentication');
          expect(out.footer.text).toBe('');
          continue;
        }
        expect(out.footer.text, `${t.id} ${region.id} ${lng}`).toContain(fill(forms.written, t.clause.number));
        expect(findClauseReferences(out.footer.text, lng).map((r) => r.number), out.footer.text).toEqual([t.clause.number]);
      }
    });
  }
  it('every footer of every example, in every region and locale, fits its channel and cites its clause', () => {
    let cells = 0;
    for (const { region: r, locale } of regionLocales(catalog)) {
      const region = catalog.region(r);
      for (const t of templates) {
        const out = p.render(t, { region, locale });
        cells++;
        const where = `${t.id} ${r} ${locale}: ${out.footer.text}`;
        expect(out.findings.filter((f) => f.ruleId === 'footer-overflow' || f.ruleId === 'clause-reference-mismatch'), where).toEqual([]);
        expect(out.footer.length, where).toBeLessThanOrEqual(out.footer.limit ?? Infinity);
      }
    }
    expect(cells).toBeGreaterThan(50);
  });
});

describe('clause-reference-mismatch reads every locale\'s forms', () => {
  for (const lng of LOCALES) {
    const region = () => REGION[lng]!;
    it(`${lng}: a footer citing the wrong section in the native form is stale; the right one is clean`, () => {
      const wrong = loc(lng).t('footer.referenceOnly', { reference: loc(lng).t('footer.reference', { number: '4.1' }) });
      const f = findings('clause-reference-mismatch', { region: region(), locale: lng, change: (t) => void (t['footer'] = wrong) });
      expect(f.map((x) => [x.messageId, x.data['cited'], x.data['actual']]), wrong).toEqual([['stale', '4.1', '5.2']]);
      expect(f[0]!.fix).toBe(`Cite "${loc(lng).t('footer.reference', { number: '5.2' })}".`);
      const right = loc(lng).t('footer.referenceOnly', { reference: loc(lng).t('footer.reference', { number: '5.2' }) });
      expect(findings('clause-reference-mismatch', { region: region(), locale: lng, change: (t) => void (t['footer'] = right) })).toEqual([]);
    });
    it(`${lng}: a footer citing the wrong section in each form people write is stale`, () => {
      for (const form of referenceForms(lng)!.forms) {
        const wrong = `${loc(lng).t('footer.referenceOnly', { reference: fill(form, '4.1') })}`;
        const f = findings('clause-reference-mismatch', { region: region(), locale: lng, change: (t) => void (t['footer'] = wrong) });
        expect(f.map((x) => x.messageId), wrong).toEqual(['stale']);
      }
    });
  }
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'native-reference-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ORG = path.join(EXAMPLES, 'organization.yaml');
const ORDER = path.join(EXAMPLES, 'templates', 'order_shipped.yaml');

interface F {
  ruleId: string;
  messageId: string;
  line: number;
  data: Record<string, unknown>;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, isTTY: false });
  return { code, out, err };
}

describe('through the command line', () => {
  for (const [lng, footer] of [
    ['de', 'Ihre Daten: Datenschutzhinweise Ziff. 4.1'],
    ['zh-CN', '详见隐私政策第4.1条'],
    ['fr', 'Vos données : Confidentialité, point 4.1'],
  ] as const) {
    it(`${lng}: check reports a footer pointing at the wrong section (exit 1)`, async () => {
      const file = path.join(dir, `order_${lng}.yaml`);
      writeFileSync(file, `${readFileSync(ORDER, 'utf8').trimEnd()}\nfooter: "${footer}"\n`);
      const r = await cli(['check', file, '--org', ORG, '--region', REGION[lng]!, '--locale', lng, '--format', 'json']);
      const fs = (JSON.parse(r.out) as Array<F & { locale: string }>).filter((f) => f.ruleId === 'clause-reference-mismatch' && f.locale === lng);
      expect(r.code).toBe(1);
      expect(fs.map((f) => [f.messageId, f.data['cited'], f.data['actual']])).toEqual([['stale', '4.1', '5.2']]);
    });
  }

  for (const lng of LOCALES) {
    it(`${lng}: check --policy finds the clause under a heading numbered in the native form, and reads a renumbered one`, async () => {
      const region = REGION[lng]!;
      const p = caseProject();
      const t = examples().templates.find((x) => x.id === 'order_shipped')!;
      const body = p.render(t, { region: catalog.region(region), locale: lng }).clause.body;
      const title = loc(lng).t('footer.referenceUnnumbered');
      const clauseTitle = (t.clause.title as Record<string, string>)[lng]!;
      const policy = (n: string) => ['---', `region: ${region}`, `locale: ${lng}`, '---', '', `# ${title}`, '', `## ${fill(referenceForms(lng)!.written, n)} ${clauseTitle}`, '', body, ''].join('\n');
      const file = path.join(dir, `policy.${region}.${lng}.md`);

      writeFileSync(file, policy('5.2'));
      const ok = await cli(['check', ORDER, '--org', ORG, '--policy', file, '--format', 'json']);
      const okF = (JSON.parse(ok.out) as F[]).filter((f) => ['clause-reference-mismatch', 'policy-clause-missing'].includes(f.ruleId));
      expect(okF, ok.out.slice(0, 2000)).toEqual([]);

      writeFileSync(file, policy('6.3'));
      const moved = await cli(['check', ORDER, '--org', ORG, '--policy', file, '--format', 'json']);
      const movedF = (JSON.parse(moved.out) as F[]).filter((f) => f.ruleId === 'clause-reference-mismatch');
      expect(movedF.map((f) => [f.messageId, f.data['actual']]), moved.out.slice(0, 2000)).toEqual([['template', '6.3']]);
      expect(moved.code).toBe(1);
    });
  }

  it('a policy heading in each form people write is numbered', () => {
    for (const lng of LOCALES) {
      for (const form of referenceForms(lng)!.forms) {
        const md = ['# P', '', `## ${fill(form, '5.2')} Heading`, '', 'Text.', ''].join('\n');
        const doc = parsePolicy(md, 'p.md');
        expect(doc.headings.map((h) => [h.number, h.title]), `${lng}: ${form}`).toEqual([[undefined, 'P'], ['5.2', 'Heading']]);
        expect(readOutline(doc).units.filter((u) => u.kind === 'heading').map((u) => u.number), `${lng}: ${form}`).toEqual([undefined, '5.2']);
      }
    }
  });
});
