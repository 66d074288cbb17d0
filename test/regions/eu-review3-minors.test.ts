/**
 * Review 3 EU minors (/work/notes/review-3-eu-ca.md §1): the ways to withdraw consent and to object
 * to direct marketing as easy as giving consent (GDPR Art. 7(3), 21(2)-(3), (5)), taken from data —
 * the flows' own way, the reply keywords (the organization's for the locale, else the channel's),
 * the account setting the template names, e-mail —, and the definite article before a recipient type
 * in German and Dutch. Rendered in-process from the examples, in every EU locale.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import type { Template } from '../../src/model/types.js';

const { catalog, org, templates, renderer } = examples();
const eu = catalog.region('eu');
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const clause = (t: Template, lng: string, o = org) => renderer.render(t, eu, lng, o).clause.text;
const line = (text: string, re: RegExp) => text.split('\n').find((l) => re.test(l)) ?? '';

describe('EU-m1: withdrawing consent as easy as giving it (Art. 7(3))', () => {
  it('service_hours_notice: reply STOP, the account setting where consent was given, or e-mail', () => {
    expect(clause(tpl('service_hours_notice'), 'en')).toContain(
      'You can withdraw your consent at any time (reply STOP, switch off “Holiday notices by WhatsApp” under Account > Notifications, or write to dpo@nordlicht.example); withdrawal does not affect processing carried out before it.',
    );
    expect(clause(tpl('service_hours_notice'), 'de')).toContain(
      'Sie können Ihre Einwilligung jederzeit widerrufen (antworten Sie mit STOP, deaktivieren Sie „Feiertagshinweise per WhatsApp“ unter Konto > Benachrichtigungen oder schreiben Sie an dpo@nordlicht.example).',
    );
  });

  it('the keywords are the organization\'s for the locale, else the channel\'s', () => {
    const own = { ...org, replyKeywords: { ...org.replyKeywords, de: ['STOPP', 'STOP'], nl: ['STOPPEN'] } };
    const de = line(clause(tpl('service_hours_notice'), 'de', own), /Einwilligung jederzeit widerrufen/);
    expect(de).toContain('(antworten Sie mit STOPP oder STOP, deaktivieren Sie');
    expect(line(clause(tpl('appointment_reminder'), 'de', own), /Einwilligung jederzeit widerrufen/)).toContain('antworten Sie auf eine beliebige Erinnerung mit STOPP oder STOP oder schreiben Sie an');
    expect(line(clause(tpl('marketing_promotion'), 'nl', own), /^Recht van bezwaar/)).toContain('(antwoord STOPPEN of schrijf naar dpo@nordlicht.example)');
    // Other locales keep the channel's default.
    expect(line(clause(tpl('service_hours_notice'), 'fr', own), /retirer votre consentement/)).toContain('(répondez STOP, désactivez');
  });

  it('the setting only where the template names it in the locale; no reply where the channel has no stop keywords', () => {
    const t = tpl('service_hours_notice');
    // No flow of its own names a way to withdraw: the channel's keywords are the reply (05a3d95 gave the
    // template a flow with 'reply STOP'; without it the channel decides).
    const onlyEn: Template = { ...t, flows: t.flows.map((f) => ({ ...f, consent: f.consent ? { ...f.consent, withdrawal: undefined } : undefined })), consent: { ...t.consent!, setting: { en: t.consent!.setting!['en']! } } };
    expect(line(clause(onlyEn, 'de'), /Einwilligung jederzeit widerrufen/)).toContain('(antworten Sie mit STOP oder schreiben Sie an dpo@nordlicht.example)');
    expect(line(clause(onlyEn, 'en'), /withdraw your consent at any time/)).toContain('switch off “Holiday notices by WhatsApp”');
    // An e-mail template (no stop keywords on the channel) on consent: e-mail only.
    const mail = templates.find((x) => x.channel === 'email' && x.flows.some((f) => f.legalBasis === 'consent'));
    if (mail) expect(line(clause(mail, 'en'), /withdraw your consent/)).toMatch(/\(write to dpo@nordlicht\.example\)/);
    const noStop = { ...org, replyKeywords: { ...org.replyKeywords, en: [] as string[] } };
    const onlyMail = line(clause(onlyEn, 'en', noStop), /withdraw your consent at any time/);
    expect(onlyMail).toContain('(switch off “Holiday notices by WhatsApp” under Account > Notifications or write to dpo@nordlicht.example)');
    expect(onlyMail).not.toContain('STOP');
  });
});

describe('EU-m2: objecting to direct marketing by replying STOP as well as by writing (Art. 21(2)-(3), (5))', () => {
  const want: Record<string, string> = {
    en: 'including profiling related to it (reply STOP or write to dpo@nordlicht.example); we will then stop it (Art. 21(2) and (3) GDPR).',
    de: 'jederzeit widersprechen (antworten Sie mit STOP oder schreiben Sie an dpo@nordlicht.example).',
    fr: 'y compris au profilage lié à celle-ci (répondez STOP ou écrivez à dpo@nordlicht.example) ;',
    es: 'relacionada con ella (responda STOP o escriba a dpo@nordlicht.example);',
    it: 'a esso connessa (risponda STOP o scriva a dpo@nordlicht.example);',
    nl: 'verband houdende profilering (antwoord STOP of schrijf naar dpo@nordlicht.example);',
    pl: 'związanego z takim marketingiem (odpowiedz STOP lub napisz na adres dpo@nordlicht.example);',
  };
  it('in every EU locale', () => {
    for (const [lng, text] of Object.entries(want)) expect(clause(tpl('marketing_promotion'), lng), lng).toContain(text);
  });
});

describe('EU-m11: the definite article before a recipient type in German and Dutch', () => {
  it('de "der Messaging-Dienstleister", nl "de berichtendienstverlener", where the sentence is about the recipient', () => {
    for (const t of templates.filter((x) => x.channel === 'whatsapp')) {
      const de = clause(t, 'de');
      expect(de, t.id).toContain('Der Messaging-Dienstleister Meta Platforms Ireland Limited speichert');
      expect(de, t.id).not.toMatch(/^Messaging-Dienstleister Meta/m);
      const nl = clause(t, 'nl');
      expect(nl, t.id).toContain('Bij de berichtendienstverlener Meta Platforms Ireland Limited worden');
      expect(nl, t.id).not.toMatch(/Bij berichtendienstverlener|^Berichtendienstverlener/m);
    }
  });
});

describe('EU-m8: the source of inferred data named from the flow\'s data (Art. 14(2)(f))', () => {
  const want: Record<string, string> = {
    en: 'We derive your shopping preferences from your order history with us; we do not ask you for them.',
    // Review 5 EU-n4 (issue 17): in each language's own grammar, from the taxonomy's forms (terms.own,
    // terms.derived_from), not labels in brackets.
    de: 'Wir leiten Ihre Einkaufspräferenzen aus Ihrer Bestellhistorie bei uns ab; wir fragen Sie nicht danach.',
    fr: 'Nous déduisons vos préférences d\'achat de l\'historique de vos commandes chez nous ; nous ne vous demandons pas ces données.',
    es: 'Deducimos sus preferencias de compra de su historial de pedidos; no le pedimos a usted estos datos.',
    it: 'Ricaviamo le Sue preferenze di acquisto dalla cronologia dei Suoi ordini presso di noi; non Le chiediamo questi dati.',
    nl: 'Wij leiden uw winkelvoorkeuren af uit uw bestelgeschiedenis bij ons; wij vragen u er niet om.',
    pl: 'Ustalamy Twoje preferencje zakupowe na podstawie historii Twoich zamówień u nas; nie prosimy Cię o te dane.',
  };
  it('in every EU locale, from source.category', () => {
    for (const [lng, text] of Object.entries(want)) expect(clause(tpl('marketing_promotion'), lng), lng).toContain(text);
  });
  it('the category is data, not this template: another category gives another sentence, none the general one', () => {
    const t = tpl('marketing_promotion');
    const withSource = (category?: string): Template => ({ ...t, flows: t.flows.map((f) => (f.id === 'preferences' ? { ...f, source: { from: 'derived' as const, ...(category ? { category } : {}) } } : f)) });
    expect(clause(withSource('user.device.device_id'), 'en')).toContain('We derive your shopping preferences from your device identifier with us; we do not ask you for them.');
    const none = clause(withSource(), 'en');
    expect(none).toContain('We obtain your shopping preferences by inference from your activity with us, not directly from you.');
    expect(none).not.toContain('We derive');
    // The German general sentence is grammatical (review 3 EU-m8: "… ab, nicht direkt von Ihnen" was not).
    expect(clause(withSource(), 'de')).toContain('Die Daten (Einkaufspräferenzen) leiten wir aus Ihrer Aktivität bei uns ab; wir fragen Sie nicht danach.');
  });
});

describe('EU-m6: the § 147 AO period on our invoice copies, or longer while an assessment is open', () => {
  // Stop 27 clause audit 4 (LF): § 147 Abs. 3 Satz 5 AO extends the period for taxes whose assessment period
  // (Festsetzungsfrist) has not expired, not for an assessment "still open" or in progress; fr already said so.
  const want: Record<string, string> = {
    en: 'on our invoice copies for 8 years from the end of the calendar year of the transaction, or longer while they matter for taxes whose assessment period is still running, as required by section 147(1) no. 4, (3) and (4) of the German Fiscal Code',
    de: 'auf unseren Rechnungskopien 8 Jahre ab Ende des Kalenderjahres der Transaktion auf, oder länger, solange sie für Steuern von Bedeutung sind, deren Festsetzungsfrist noch läuft, wie gesetzlich vorgeschrieben (§ 147 Abs. 1 Nr. 4, Abs. 3 und 4 der Abgabenordnung (AO)',
    fr: 'sur nos copies de factures pendant 8 ans à compter de la fin de l\'année civile de la transaction, ou plus longtemps tant qu\'elles sont nécessaires à l\'établissement d\'un impôt non encore prescrit,',
    es: 'en nuestras copias de las facturas durante 8 años a contar desde el final del año natural de la transacción, o más tiempo mientras sean relevantes para impuestos cuyo plazo de liquidación siga corriendo,',
    it: 'nelle nostre copie delle fatture per 8 anni a decorrere dalla fine dell\'anno solare della transazione, o più a lungo finché sono rilevanti per imposte il cui termine di accertamento è ancora in corso,',
    nl: 'op onze factuurkopieën 8 jaar vanaf het einde van het kalenderjaar van de transactie, of langer zolang zij van belang zijn voor belastingen waarvoor de aanslagtermijn nog loopt,',
    pl: 'w naszych kopiach faktur: 8 lat od końca roku kalendarzowego, w którym dokonano transakcji, lub dłużej, dopóki mają znaczenie dla podatków, dla których termin wymiaru jeszcze biegnie,',
  };
  it('in every EU locale and in California en/es', () => {
    for (const [lng, text] of Object.entries(want)) expect(clause(tpl('payment_receipt'), lng), lng).toContain(text);
    const ca = catalog.region('california');
    expect(renderer.render(tpl('payment_receipt'), ca, 'en', org).clause.text).toContain(want['en']!);
    expect(renderer.render(tpl('payment_receipt'), ca, 'es', org).clause.text).toContain(want['es']!);
  });
  it('only where the flow says so (retention.statutory records, whileOpen)', () => {
    const t = tpl('payment_receipt');
    const plain: Template = { ...t, flows: t.flows.map((f) => (f.retention?.statutory ? { ...f, retention: { ...f.retention, statutory: { law: f.retention.statutory.law, country: f.retention.statutory.country! } } } : f)) };
    const en = clause(plain, 'en');
    expect(en).toMatch(/[Ww]e keep your [^.]* for 8 years from the end of the calendar year of the transaction, as required by section 147/);
    expect(en).not.toContain('invoice copies');
  });
});

describe('EU-m10: a footer that names the clause gives its link too (Art. 12(1)), within the channel limit', () => {
  it('every EU footer with a clause reference carries the short policy link and fits its channel', () => {
    for (const t of templates) {
      for (const lng of eu.locales) {
        const f = renderer.render(t, eu, lng, org).footer;
        if (f.variant === 'none') continue;
        expect(f.fits, `${t.id} ${lng}`).toBe(true);
        expect(f.length, `${t.id} ${lng}`).toBeLessThanOrEqual(f.limit!);
        expect(f.text, `${t.id} ${lng} ${f.variant}`).toContain(org.shortPolicyUrl!);
      }
    }
    // The SMS reminder's full footer (review: "… Sinch Sweden. Privacy §5.5" with no link).
    const sms = renderer.render(tpl('appointment_reminder'), eu, 'en', org).footer;
    expect(sms).toMatchObject({ variant: 'full', unit: 'segments', text: 'Name, phone number, appointment details disclosed to messaging provider Sinch Sweden. Privacy §5.5 https://nrdl.example/p' });
    expect(renderer.render(tpl('appointment_reminder'), eu, 'de', org).footer.text).toMatch(/Datenschutzhinweise Ziff\. 5\.5: https:\/\/nrdl\.example\/p$/);
  });

  it('a link too long for the summary gives a shorter variant, never an overflow; other regions keep their own footers', () => {
    const long = { ...org, shortPolicyUrl: `https://nordlicht.example/${'datenschutz/'.repeat(6)}sms` };
    const f = renderer.render(tpl('appointment_reminder'), eu, 'en', long).footer;
    expect(f.fits).toBe(true);
    expect(f.length).toBeLessThanOrEqual(f.limit!);
    expect(f.variant).not.toBe('full');
    // China writes its own footer wording (the region wording is the EU's only).
    const cn = renderer.render(tpl('appointment_reminder'), catalog.region('china'), 'zh-CN', org).footer.text;
    expect(cn).not.toContain('Privacy §');
  });
});

describe('EU-m14: Stripe collects the card; we hold only its brand and last four digits (Art. 5(1)(c))', () => {
  it('no sentence says we store or keep the card details, in any region and locale; the last four digits are stored and kept', () => {
    // Review 5 EU-B: our retention lines lead with their purpose (For …, we keep; Für den Zweck „…“ bewahren wir; …).
    const stored = /^(For [^,\n]*, we keep|Für den Zweck „[^“\n]*“ bewahren wir|Pour la finalité « [^»\n]* », nous conservons|Para la finalidad «[^»\n]*», conservamos|Per la finalità «[^»\n]*» conserviamo|Voor het doel “[^”\n]*” bewaren wij|Cel „[^”\n]*” – okres przechowywania|We store|We keep|Wir bewahren|Wir speichern|Nous stockons|Nous conservons|Almacenamos|Conservamos|Memorizziamo|Conserviamo|Wij bewaren|Wij slaan|Przechowujemy|Okres przechowywania)[^\n]*/gm;
    const card: Record<string, RegExp> = { en: /payment card details/, de: /Zahlungskartendaten/, fr: /données de carte de paiement/, es: /datos de la tarjeta de pago/, it: /dati della carta di pagamento/, nl: /betaalkaartgegevens/, pl: /dane karty płatniczej/ };
    for (const lng of eu.locales) {
      const text = clause(tpl('payment_receipt'), lng);
      const lines = text.match(stored) ?? [];
      expect(lines.length, lng).toBeGreaterThan(0);
      // pl words our period and Stripe's alike ("okres przechowywania danych (…)"); Stripe's names its holder
      // ("… przez Stripe Payments Europe: …", review 6 TH6-1: how long Stripe keeps the card data).
      for (const l of lines.filter((x) => !/\) przez Stripe Payments Europe: /u.test(x))) expect(l, lng).not.toMatch(card[lng]!);
    }
    const en = clause(tpl('payment_receipt'), 'en');
    expect(en).toContain('We store your card brand and the last four digits of your card at these locations: Germany.');
    expect(en).toContain('For payment processing, we keep your name, email address, transaction details, and your card brand and the last four digits of your card for 13 months from completion of the transaction.');
    expect(en).toContain('We obtain your card brand and the last four digits of your card from our payment processor Stripe Payments Europe.');
    // The card itself goes to Stripe, straight from the person (review 7 EU7-3, 9016a74): Stripe receives it on
    // our behalf, and we do not say we disclose it.
    expect(en).toContain('You enter your payment card details directly with our payment processor Stripe Payments Europe (Ireland), which receives them from you on our behalf; they do not pass through our systems.');
    expect(en).toContain('We disclose your name, email address, and transaction details to payment processor Stripe Payments Europe (Ireland) for payment processing.');
    expect(en).not.toMatch(/We disclose [^.]*payment card details/);
  });
});
