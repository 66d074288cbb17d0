/**
 * Review 5 EU/California (/work/notes/review-5-eu-ca.md), rendered in-process from the examples.
 * EU-B / CA-C: each retention sentence of ours names the purpose its period serves (region setting
 * retentionByPurpose, as china's CN5-2), so one datum kept for two purposes is not given two bare
 * periods (GDPR Art. 13(2)(a), 12(1); Cal. Civ. Code §1798.100(a)(3)). Meta's own period names Meta.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const clause = (region: string, t: string, lng: string) => renderer.render(tpl(t), catalog.region(region), lng, org).clause.text;
const lines = (text: string, re: RegExp) => text.split('\n').map((l) => l.trim()).filter((l) => re.test(l));

describe('EU-B: retention with its purpose', () => {
  it('marketing_promotion (en de es): one line per purpose, no bare "We keep" line', () => {
    const en = clause('eu', 'marketing_promotion', 'en');
    expect(lines(en, /^For .*, we keep your /)).toEqual([
      'For marketing messages, we keep your name, phone number, order history, and shopping preferences for 30 days from withdrawal of your consent.',
      'For personalised advertising, we keep your phone number, device identifier, and order history for 90 days from collection, or until you withdraw your consent if that is sooner.', // review 8 EU8-2
    ]);
    expect(lines(en, /^We keep your /)).toEqual([]);
    // Meta's own period still names Meta.
    expect(en).toContain('Meta Platforms Ireland Limited keeps your phone number and message content for up to 30 days from sending of the message.');
    expect(lines(clause('eu', 'marketing_promotion', 'de'), /^Für den Zweck .* bewahren wir/)).toEqual([
      'Für den Zweck „Werbenachrichten“ bewahren wir die Daten (Name, Telefonnummer, Bestellhistorie und Einkaufspräferenzen) 30 Tage ab Widerruf Ihrer Einwilligung auf.',
      'Für den Zweck „personalisierte Werbung“ bewahren wir die Daten (Telefonnummer, Gerätekennung und Bestellhistorie) 90 Tage ab Erhebung auf, längstens bis zum Widerruf Ihrer Einwilligung.',
    ]);
    expect(lines(clause('eu', 'marketing_promotion', 'es'), /^Para la finalidad .*conservamos/)).toEqual([
      'Para la finalidad «comunicaciones comerciales», conservamos los datos (nombre, número de teléfono, historial de pedidos y preferencias de compra) durante 30 días a contar desde la retirada de su consentimiento.',
      'Para la finalidad «publicidad personalizada», conservamos los datos (número de teléfono, identificador del dispositivo e historial de pedidos) durante 90 días a contar desde la recogida, o hasta que retire su consentimiento, si esto ocurre antes.',
    ]);
  });

  it('service_hours_notice and order_shipped: the period is the purpose\'s, in every EU locale', () => {
    expect(clause('eu', 'service_hours_notice', 'en')).toContain('For service notifications, we keep your phone number for 30 days from withdrawal of your consent.');
    expect(clause('eu', 'order_shipped', 'en')).toContain('For order delivery, we keep your name, phone number, and postal address for 180 days from delivery of the order.');
    const lead: Record<string, RegExp> = { fr: /^Pour la finalité « .*nous conservons/, it: /^Per la finalità «.*conserviamo/, nl: /^Voor het doel “.*bewaren wij/, pl: /^Cel „.*okres przechowywania/ };
    for (const [lng, re] of Object.entries(lead)) {
      for (const t of ['marketing_promotion', 'service_hours_notice', 'order_shipped', 'payment_receipt']) expect(lines(clause('eu', t, lng), re).length, `${t} ${lng}`).toBeGreaterThan(0);
    }
    expect(clause('eu', 'service_hours_notice', 'pl')).toContain('Cel „powiadomienia serwisowe” – okres przechowywania danych (numer telefonu): 30 dni od wycofania zgody.');
  });

  it('payment_receipt: the statutory records line names tax and accounting records', () => {
    expect(lines(clause('eu', 'payment_receipt', 'en'), /^For tax and accounting records, we keep your name, postal address, and transaction details on our invoice copies for 8 years/)).toHaveLength(1);
  });
});

describe('CA-C: retention per purpose in California (en es)', () => {
  it('marketing_promotion names the statutory term for advertising', () => {
    expect(lines(clause('california', 'marketing_promotion', 'en'), /^For .*, we keep your /)).toEqual([
      'For marketing messages, we keep your name, phone number, order history, and shopping preferences for 30 days from withdrawal of your consent.',
      'For cross-context behavioral advertising, we keep your phone number, device identifier, and order history for 90 days from collection, or until you withdraw your consent if that is sooner.',
    ]);
    expect(lines(clause('california', 'marketing_promotion', 'es'), /^Para la finalidad .*conservamos/)).toEqual([
      'Para la finalidad «comunicaciones comerciales», conservamos los datos (nombre, número de teléfono, historial de pedidos y preferencias de compra) durante 30 días a contar desde la retirada de su consentimiento.',
      'Para la finalidad «publicidad conductual de contexto cruzado», conservamos los datos (número de teléfono, identificador del dispositivo e historial de pedidos) durante 90 días a contar desde la recogida, o hasta que retire su consentimiento, si esto ocurre antes.',
    ]);
  });

  it('china keeps its own wording (the setting is per region)', () => {
    // China's purpose-led line is its own (review 6 CN6-6, d547368: kept until consent is withdrawn,
    // deleted within 30 days after), not California's.
    expect(clause('china', 'marketing_promotion', 'zh-CN')).toMatch(/为发送营销消息，我们在您撤回同意前保存您的以下信息，并自您撤回同意之日起30天内予以删除/);
  });
});
