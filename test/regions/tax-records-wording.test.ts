/**
 * Issue 17 (2026-12-07): the payment_receipt tax-records line made true outside the EU, as 115ca92 made it
 * true in the EU. "We are required by law to record your name, postal address … ; without them we cannot
 * complete your purchase" is not true of a consumer sale under German law: no invoice is owed to a consumer
 * (§ 14 Abs. 2 Satz 2 UStG), one up to EUR 250 need not name the customer (§ 33 UStDV); the duty is ours, to
 * keep the invoice copies we issue (§ 14b Abs. 1 UStG; § 147 Abs. 1 Nr. 4 AO; sources in
 * examples/templates/payment_receipt.yaml, flow accounting). Rendered in-process from the examples, every
 * region and locale (one template), plus California es's inferred-data sentence (review 5 CA-n5, EU-n4).
 */
import { describe, expect, it } from 'vitest';
import { examples, regionLocales } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const clause = (t: string, region: string, lng: string) => renderer.render(tpl(t), catalog.region(region), lng, org).clause.text;
const lines = (text: string, needle: string) => text.split('\n').filter((l) => l.includes(needle));

/** The fixed words of a locale's general requirement sentence (statement.requiredByLaw), placeholders cut out. */
function generalWords(lng: string): string[] {
  const loc = renderer.localizer(lng);
  if (!loc.has('statement.requiredByLaw')) return [];
  return loc
    .t('statement.requiredByLaw', { data: '\u0001', purpose: '\u0001' })
    .split('\u0001')
    .map((s) => s.trim())
    .filter((s) => [...s].length >= 12);
}

describe('payment_receipt: no region says the law makes us record the data, or that without them the purchase fails', () => {
  it('every region and locale: neither the general sentence nor a "cannot complete your purchase" consequence', () => {
    // What the old lines said, in each language that printed them (en, ms: my; th: th; the EU's 7 before 115ca92).
    const consequence = /complete your purchase|issue your invoice|melengkapkan pembelian|mengeluarkan invois|ดำเนินการซื้อของท่านให้เสร็จสิ้น|completar su compra|Kauf nicht abschließen|finaliser votre achat|completare il Suo acquisto|aankoop niet afronden|sfinalizować zakupu|完成您的购买|hoàn tất giao dịch mua|menyelesaikan pembelian/;
    const seen: string[] = [];
    for (const { region, locale } of regionLocales(catalog)) {
      const text = clause('payment_receipt', region, locale);
      expect(text, `${region} ${locale}`).not.toMatch(consequence);
      for (const words of generalWords(locale)) expect(text, `${region} ${locale}: ${words}`).not.toContain(words);
      seen.push(`${region}/${locale}`);
    }
    expect(seen).toEqual(expect.arrayContaining(['california/en', 'california/es', 'china/zh-CN', 'sea/en', 'sg/en', 'my/ms', 'my/en', 'th/th', 'id/id', 'ph/en', 'vn/vi']));
  });

  it('th: the duty named as German tax law, ours to keep the invoice copies; no law obliges the person (s.23 (2))', () => {
    const text = clause('payment_receipt', 'th', 'th');
    // Review 7 TH7-3: the reviewer's phrasing (the law as subject; the person has no legal duty to provide).
    expect(lines(text, 'กฎหมายภาษีของเยอรมนี')).toEqual([
      'กฎหมายภาษีของเยอรมนีกำหนดให้เราต้องเก็บรักษาข้อมูลต่อไปนี้ของท่านไว้ในสำเนาใบแจ้งหนี้ของเราเพื่อการจัดทำบัญชีและภาษี: ชื่อ ที่อยู่ทางไปรษณีย์ และรายละเอียดธุรกรรม ทั้งนี้ ท่านไม่มีหน้าที่ตามกฎหมายที่จะต้องให้ข้อมูลดังกล่าวแก่เรา',
    ]);
    expect(text).not.toContain('ต้องบันทึกข้อมูล');
  });

  it('the regions whose law asks for no such statement write none (California, China, sg, id, ph, vn, the sea group)', () => {
    for (const [region, lng] of [['california', 'en'], ['california', 'es'], ['china', 'zh-CN'], ['sg', 'en'], ['id', 'id'], ['ph', 'en'], ['vn', 'vi'], ['sea', 'en']] as const) {
      const r = renderer.render(tpl('payment_receipt'), catalog.region(region), lng, org);
      expect(r.clause.text, `${region} ${lng}`).not.toMatch(/required by law to (record|keep)|requires us to (record|keep)|obliga a (registrar|conservar)|须为|phải ghi nhận|untuk mencatat/);
    }
  });
});

describe('California es: where inferred data come from, said natively (review 5 CA-n5, as EU-n4)', () => {
  it('marketing_promotion: the sentence in Spanish grammar, no labels in brackets', () => {
    const text = clause('marketing_promotion', 'california', 'es');
    expect(text).toContain('Deducimos sus preferencias de compra de su historial de pedidos; no le pedimos a usted estos datos.');
    expect(text).not.toMatch(/Los datos \(preferencias de compra\) los deducimos|de sus datos con nosotros \(historial de pedidos\)/);
  });
});
