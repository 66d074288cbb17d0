/**
 * Issue 17 (2026-12-07): the general requirement line of a flow on a legal obligation (statement.requiredByLaw),
 * which said "We are required by law to record your … ; without them we cannot complete your purchase" of every
 * legal duty. A duty of ours is not a purchase, nor a duty of the person to provide the data (GDPR Art. 13(2)(e),
 * Act 709 s.7(1)(g)-(h), Thai PDPA s.23(2) ask for both as facts): the line says the law requires us to process
 * (or keep) the data; the person's duty and its consequence are said only as the flow declares them, and a
 * finding (requirement-provision-missing) asks where the flow declares nothing. A user template written here,
 * rendered and checked through the library in every locale of eu, my and th.
 */
import { describe, expect, it } from 'vitest';
import { caseProject, findings, legalDuty, template, type Raw } from '../helpers/check-case.js';

const REGIONS = ['eu', 'my', 'th'] as const;
/** The old consequence, in every language that printed it. */
const PURCHASE = /complete your purchase|melengkapkan pembelian|ดำเนินการซื้อของท่านให้เสร็จสิ้น|completar su compra|Kauf nicht abschließen|finaliser votre achat|completare il Suo acquisto|aankoop niet afronden|sfinalizować zakupu|完成您的购买|hoàn tất giao dịch mua|menyelesaikan pembelian/;

/** A flow on a legal obligation: an identity check the law asks of us, no records, no foreign duty. */
const withDuty = (extra: Record<string, unknown> = {}) => legalDuty('identity_check', extra);

function each(change: (t: Raw) => void, fn: (region: string, locale: string, text: string) => void) {
  const p = caseProject();
  let n = 0;
  for (const id of REGIONS) {
    const region = p.catalog.region(id);
    for (const locale of region.locales) {
      fn(id, locale, p.render(template(change), { region, locale }).clause.text);
      n++;
    }
  }
  expect(n).toBeGreaterThanOrEqual(10);
}

const CONSEQUENCE: Record<string, string> = {
  en: 'we cannot open your customer account',
  de: 'können wir Ihr Kundenkonto nicht eröffnen',
  fr: 'nous ne pouvons pas ouvrir votre compte client',
  es: 'no podemos abrir su cuenta de cliente',
  it: 'non possiamo aprire il Suo conto cliente',
  nl: 'kunnen wij uw klantaccount niet openen',
  pl: 'nie możemy otworzyć Twojego konta klienta',
  ms: 'kami tidak dapat membuka akaun pelanggan anda',
  th: 'เราไม่สามารถเปิดบัญชีลูกค้าให้ท่านได้',
};

describe('legal obligation, general line: our duty, never an assumed consequence', () => {
  it('nothing declared: the law requires us to process the data; no purchase consequence, no duty of the person; a warning asks', () => {
    each(withDuty(), (region, locale, text) => {
      expect(text, `${region} ${locale}`).not.toMatch(PURCHASE);
      expect(text, `${region} ${locale}`).not.toMatch(/required by law to record|obliges you to provide|diwajibkan oleh undang-undang untuk memberikan|ท่านมีหน้าที่ตามกฎหมายต้องให้|กฎหมายกำหนดให้ท่านต้องให้/);
      const f = findings('requirement-provision-missing', { change: withDuty(), region, locale });
      expect(f.map((x) => [x.severity, x.message]), `${region} ${locale}`).toEqual([['warning', expect.stringContaining('does not declare whether the person must provide')]]);
    });
    const p = caseProject();
    const en = p.render(template(withDuty()), { region: p.catalog.region('eu'), locale: 'en' }).clause.text;
    expect(en).toContain('We are required by law to process your name and postal address for compliance with a legal obligation.');
    const th = p.render(template(withDuty()), { region: p.catalog.region('th'), locale: 'th' }).clause.text;
    // "กฎหมายกำหนดให้เรา…" (the law requires us), not "เรามีหน้าที่ตามกฎหมาย…": the reader takes
    // "หน้าที่ตามกฎหมาย" for the purpose legal obligation (test/regions/legal-obligation-roundtrip.test.ts).
    expect(th).toMatch(/กฎหมายกำหนดให้เราต้องประมวลผลข้อมูลต่อไปนี้ของท่านเพื่อ/);
  });

  it('declared obligation and consequence: both said, in each locale; no finding', () => {
    const change = withDuty({ required: true, consequence: CONSEQUENCE });
    each(change, (region, locale, text) => {
      expect(text, `${region} ${locale}`).toContain(CONSEQUENCE[locale]!);
      expect(text, `${region} ${locale}`).not.toMatch(PURCHASE);
      expect(findings('requirement-provision-missing', { change, region, locale }), `${region} ${locale}`).toEqual([]);
    });
    const p = caseProject();
    const en = p.render(template(change), { region: p.catalog.region('my'), locale: 'en' }).clause.text;
    expect(en).toContain('The law obliges you to provide your name and postal address for compliance with a legal obligation; if you do not, we cannot open your customer account.');
  });

  it('declared obligation, consequence in English only: said where declared, a warning in the other locales', () => {
    const change = withDuty({ required: true, consequence: 'we cannot open your customer account.' });
    const p = caseProject();
    const en = p.render(template(change), { region: p.catalog.region('eu'), locale: 'en' }).clause.text;
    expect(en).toContain('; if you do not, we cannot open your customer account.');
    expect(findings('requirement-provision-missing', { change, region: 'eu', locale: 'en' })).toEqual([]);
    const de = findings('requirement-provision-missing', { change, region: 'eu', locale: 'de' });
    expect(de.map((x) => x.message)).toEqual([expect.stringContaining('declares no consequence of not providing them in de')]);
    const text = p.render(template(change), { region: p.catalog.region('eu'), locale: 'de' }).clause.text;
    expect(text).toContain('Sie sind gesetzlich verpflichtet, uns folgende Daten für den Zweck');
    expect(text).not.toMatch(/bereitzustellen: [^.]*\. Ohne diese Daten|Folge der Nichtbereitstellung|cannot open/);
  });

  it('declared not obliged: said so; a statutory period says "keep"', () => {
    const change = withDuty({ required: false, retention: { value: 5, unit: 'year', from: 'delivery', statutory: { law: 'the Money Laundering Act' } } });
    const p = caseProject();
    const en = p.render(template(change), { region: p.catalog.region('eu'), locale: 'en' }).clause.text;
    expect(en).toContain('We are required by law to keep your name and postal address for compliance with a legal obligation.');
    expect(en).toContain('No law obliges you to provide your name and postal address to us.');
    expect(en).not.toMatch(/is voluntary/);
    for (const region of REGIONS) expect(findings('requirement-provision-missing', { change, region }), region).toEqual([]);
  });
});

describe('a channel flow that takes the basis of a legal-obligation flow', () => {
  it('the finding says how to add the field: declare the channel flow under flows: with its id', () => {
    const change = (t: Raw) => {
      t.channel = 'whatsapp';
      t.flows = t.flows.map((f, i) => (i === 0 ? { ...f, legalBasis: 'legal_obligation', required: false } : f)) as Raw['flows'];
    };
    const f = findings('requirement-provision-missing', { change, region: 'th', locale: 'th' });
    expect(f.map((x) => x.message)).toContain('flow "whatsapp_cloud_api" rests on a legal obligation but does not declare whether the person must provide its data (th asks)');
    const cloud = f.find((x) => x.message.includes('"whatsapp_cloud_api"'))!;
    expect(cloud.fix).toContain('Flow "whatsapp_cloud_api" comes from the channel and takes the basis of flow "delivery"');
    expect(cloud.fix).toContain('declare it under `flows:` with the same id');
  });
});
