/**
 * region-element-missing on a policy people wrote, by what each element's article asks for (stop 26, EE):
 * the end of the keeping period (NDSR 21(1)(3)) stated as a deletion with its period or as anonymisation;
 * data sent abroad (PIPL 38(1)); the categories of personal information collected (Cal. Civ. Code
 * 1798.100(a)(1)) as a section listing what the business collects; a legal basis cited by the GDPR's
 * article as written, or consent the processing rests on; the complaint to the authority by the
 * authority named (PDPA (TH) s.23(6)). Policies in our own words. What the text does not show stays "could
 * not find" (the negative halves).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('written-elements-law-');

/** The elements the root finding says disclose could not find (none: no finding). */
async function notFound(name: string, lines: string[], region: string, template?: string, locale?: string): Promise<string[]> {
  const { code, findings, err } = await checkText<{ ruleId: string; messageId: string; data: Record<string, unknown> }>(name, lines.join('\n'), ['--region', region, ...(locale ? ['--locale', locale] : [])], template);
  expect(code, err).toBeLessThan(2);
  const root = findings.find((f) => f.ruleId === 'region-element-missing' && f.messageId === 'absentPolicy');
  return (root?.data['elements'] as string[] | undefined) ?? [];
}

describe('elements a policy people wrote states in its own words, by the article', () => {
  it('china: the end of the period as anonymisation (a sentence the flow reader sets aside as data on no one) or as a deletion with its period; a transfer abroad', async () => {
    const header = ['茶叶小铺隐私说明', '', '联系我们：privacy@chaye.example', ''];
    const anonymised = await notFound('niming.txt', [...header, '订单信息在发货后保存一年。保存期满以后，我们会把这些信息匿名化，不再能识别到您。'], 'china', undefined, 'zh-CN');
    expect(anonymised).not.toContain('retention_expiry');
    const deleted = await notFound('shanchu.txt', [...header, '快递单号保存六个月后删除。'], 'china', undefined, 'zh-CN');
    expect(deleted).not.toContain('retention_expiry');
    // A deletion on request, with no period, says nothing of what happens when the period ends.
    const request = await notFound('qingqiu.txt', [...header, '您可以随时要求我们删除您的信息。'], 'china', undefined, 'zh-CN');
    expect(request).toContain('retention_expiry');

    const abroad = await notFound('jingwai.txt', [...header, '为了把包裹送到您手中，您的姓名、地址和电话会被传输到境外，由美国的快递公司使用。'], 'china', undefined, 'zh-CN');
    expect(abroad).not.toContain('cross_border');
    // Who receives them abroad, with a way to reach them (Art. 39), is another element: not shown by the transfer.
    expect(abroad).toContain('overseas_recipients');
    const home = await notFound('jingnei.txt', [...header, '我们只在门店使用您的电话号码。'], 'china', undefined, 'zh-CN');
    expect(home).toContain('cross_border');
    // The processing method in the law's words (PIPL 17(1)(2) 处理方式), as a heading with text under it.
    expect(home).toContain('processing_method');
    const method = await notFound('fangshi.txt', [...header, '二、处理的目的和方式', '', '我们只在门店使用您的电话号码，用于通知您取货。'], 'china', undefined, 'zh-CN');
    expect(method).not.toContain('processing_method');
  });

  it('california: the categories collected as a section on what the business collects, whatever it calls them', async () => {
    const listed = await notFound('categories.md', [
      '# Privacy at Juniper Bike Repair',
      '',
      '## What we collect',
      '',
      '- **Contact** — your name, phone number and e-mail.',
      '- **Bikes** — the bike you bring in and what we fixed.',
    ], 'california', 'templates/support_followup.yaml');
    expect(listed).not.toContain('categories_collected');
    const none = await notFound('no-categories.md', [
      '# Privacy at Juniper Bike Repair',
      '',
      'We answer your questions by e-mail at help@juniper.example.',
    ], 'california', 'templates/support_followup.yaml');
    expect(none).toContain('categories_collected');
  });

  it('eu: a legal basis by the GDPR article as written, without spaces and over a wrapped line (de), or Art. 9(2) for health data (pl)', async () => {
    const wrapped = await notFound('wrapped.txt', [
      'Datenschutz bei der Buchbinderei Falz',
      '',
      'Zwecke der Verarbeitung',
      '',
      'Wir verarbeiten Ihren Namen und Ihre Anschrift, um Ihre Bestellung zu versenden (Art.6 Abs.1',
      'lit.b DSGVO).',
    ], 'eu', undefined, 'de');
    expect(wrapped).not.toContain('purposes_and_legal_basis');
    const health = await notFound('zdrowie.md', [
      '# Prywatność w Poradni Dietetycznej Falz',
      '',
      '## Cele przetwarzania',
      '',
      'Używamy Twojego imienia, adresu i wyników badań, aby ułożyć jadłospis. Dane o zdrowiu przetwarzamy za Twoją wyraźną zgodą (art. 9 ust. 2 lit. a RODO).',
    ], 'eu', undefined, 'pl');
    expect(health).not.toContain('purposes_and_legal_basis');
    const none = await notFound('brak.txt', [
      'Prywatność w Introligatorni Falz',
      '',
      'Cele przetwarzania',
      '',
      'Używamy Twojego imienia i adresu, aby wysłać zamówienie.',
    ], 'eu', undefined, 'pl');
    expect(none).toContain('purposes_and_legal_basis');
  });

  it('southeast asia: purposes with consent as their basis (consent one may withdraw, or processing only with consent); the complaint by the authority named (th)', async () => {
    const withdraw = await notFound('consent.md', [
      '# Privacy at Lantern Print Shop',
      '',
      '## Why we use your data',
      '',
      'We use your name and phone number to tell you when your print job is ready.',
      '',
      'You may withdraw your consent at any time by writing to hello@lantern.example.',
    ], 'ph');
    expect(withdraw).not.toContain('purposes');
    const only = await notFound('consent-only.md', [
      '# Privacy at Lantern Print Shop',
      '',
      '## Why we use your data',
      '',
      'We use your name and phone number to tell you when your print job is ready. We pass them to no one else without your consent.',
    ], 'ph');
    expect(only).not.toContain('purposes');
    const bare = await notFound('no-basis.md', [
      '# Privacy at Lantern Print Shop',
      '',
      '## Why we use your data',
      '',
      'We use your name and phone number to tell you when your print job is ready.',
    ], 'ph');
    expect(bare).toContain('purposes');

    const th = ['นโยบายความเป็นส่วนตัวของร้านดอกไม้ริมคลอง', '', 'ติดต่อเรา: hello@rimkhlong.example', ''];
    const named = await notFound('sakhoso.txt', [...th, 'หากท่านไม่พอใจการตอบของเรา ท่านแจ้งเรื่องไปที่สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคลได้'], 'th', undefined, 'th');
    expect(named).not.toContain('complaint_to_authority');
    const silent = await notFound('mai-mi.txt', [...th, 'เราใช้เบอร์โทรศัพท์ของท่านเพื่อแจ้งเมื่อดอกไม้พร้อมส่ง'], 'th', undefined, 'th');
    expect(silent).toContain('complaint_to_authority');
  });

  it('a way to withdraw consent in the words people use (es "retirar tu consentimiento", th "ยกเลิกความยินยอม", vi "thôi đồng ý"); the source of the data said of the person (en, ms)', async () => {
    const es = await notFound('retirar.md', [
      '# Privacidad en la Papelería Alcor',
      '',
      'Si nos lo permites, te mandamos ofertas por WhatsApp. Puedes pedir una copia de tus datos y retirar tu consentimiento cuando quieras.',
    ], 'eu', 'templates/marketing_promotion.yaml', 'es');
    expect(es).not.toContain('withdraw_consent');
    const esNone = await notFound('sin-retirar.md', [
      '# Privacidad en la Papelería Alcor',
      '',
      'Si nos lo permites, te mandamos ofertas por WhatsApp.',
    ], 'eu', 'templates/marketing_promotion.yaml', 'es');
    expect(esNone).toContain('withdraw_consent');
    const vi = await notFound('thoi.md', [
      '# Quyền riêng tư của tiệm bánh Hoa Cau',
      '',
      'Tiệm gửi tin khuyến mãi qua WhatsApp nếu bạn cho phép. Bạn có thể thôi đồng ý bất cứ lúc nào.',
    ], 'vn', 'templates/marketing_promotion.yaml', 'vi');
    expect(vi).not.toContain('withdraw_consent');

    const en = await notFound('source.md', [
      '# Privacy at Juniper Bike Repair',
      '',
      'Nearly everything we hold comes from you, when you drop off a bike or write to us.',
    ], 'california', 'templates/support_followup.yaml');
    expect(en).not.toContain('sources');
    const enNone = await notFound('no-source.md', [
      '# Privacy at Juniper Bike Repair',
      '',
      'We keep your name and phone number to call you when your bike is ready.',
    ], 'california', 'templates/support_followup.yaml');
    expect(enNone).toContain('sources');
  });

  it('malaysia: a policy that says its notice is given in English too has that version, though not in the file; one that says nothing has none', async () => {
    const companion = async (name: string, lines: string[]): Promise<string[]> => {
      const { code, findings, err } = await checkText<{ ruleId: string; messageId: string; data: Record<string, unknown> }>(name, lines.join('\n'), ['--region', 'my', '--locale', 'ms']);
      expect(code, err).toBeLessThan(2);
      return findings.filter((f) => f.ruleId === 'region-element-missing' && f.messageId === 'companionPolicy').flatMap((f) => (f.data['missingLocales'] as string[] | undefined) ?? []);
    };
    const body = [
      '# Notis Privasi Kedai Buku Cahaya',
      '',
      'Kami menggunakan nama, alamat dan nombor telefon anda untuk menghantar buku yang anda pesan kepada anda melalui syarikat kurier kami.',
      '',
    ];
    expect(await companion('versi.md', [...body, 'Notis ini juga disediakan dalam bahasa Inggeris di kaunter kedai.'])).not.toContain('en');
    expect(await companion('tiada.md', [...body, 'Hubungi kami jika ada pertanyaan.'])).toContain('en');
  });
});
