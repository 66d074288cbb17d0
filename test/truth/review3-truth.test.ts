/**
 * Issue 17 "truth", review 3 (/work/notes/review-3-eu-ca.md, review-3-sea.md): sentences that were
 * untrue in several regions and locales because they came from shared statement logic. Each block
 * renders in process (the examples, every region and locale where the sentence appears), asserts the
 * false sentence is gone and the true one is there, and shows that the data decides (change the data
 * and the sentence changes with it).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { originIn } from '../../src/render/facts.js';
import { ProjectUses } from '../../src/render/project-uses.js';
import type { Flow, Template } from '../../src/model/types.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES, examples, regionLocales } from '../helpers/examples.js';
import { variantWriter } from '../helpers/template-variant.js';

const { catalog, org, templates, renderer } = examples();
const uses = ProjectUses.of(templates);
const T = (id: string) => templates.find((t) => t.id === id)!;
const render = (t: Template, region: string, lng: string) => renderer.render(t, catalog.region(region), lng, org, { uses });
const text = (t: Template, region: string, lng: string) => render(t, region, lng).clause.text;
const EU = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];
const whatsapp = templates.filter((t) => t.channel === 'whatsapp');
const ALL = regionLocales(catalog);
/** The template with its flows changed (channel flows included). */
const withFlows = (t: Template, change: (f: Flow) => Flow): Template => ({ ...t, flows: t.flows.map(change) });

describe('EU-m3, MY-4, TH-6: "providing …" lists only data the person provides', () => {
  it('every template, region and locale: each datum of the line is one the person provides (taxonomy source), or one of our own legal duty to record', () => {
    let lines = 0;
    for (const t of templates) {
      for (const { region, locale } of ALL) {
        const res = render(t, region, locale);
        for (const a of res.clause.assertions.filter((x) => x.kind === 'requirement')) {
          lines++;
          const flows = t.flows.filter((f) => a.flows.includes(f.id));
          expect(flows.length).toBeGreaterThan(0);
          if (flows.every((f) => f.legalBasis === 'legal_obligation')) continue;
          for (const d of a.data) expect(flows.some((f) => f.data.includes(d) && originIn(catalog.taxonomy, f, d) === 'from_you'), `${t.id} ${region} ${locale}: ${d} in "${a.sentence}"`).toBe(true);
        }
      }
    }
    // The element is written in the eu, my and th texts: the loop saw lines, so it cannot pass vacuously.
    expect(lines).toBeGreaterThan(100);
  });

  it('the message content we write is not "provided" (en, de, ms, th)', () => {
    for (const t of whatsapp) {
      const en = text(t, 'eu', 'en');
      // The line for message transmission (the channel's flows; support_followup's own line is the customer's messages).
      expect(en, t.id).not.toMatch(/Providing your [^.]*message content[^.]*message transmission/);
      const de = text(t, 'eu', 'de');
      expect(de, t.id).not.toMatch(/Bereitstellung folgender Daten[^.]*Nachrichtenübermittlung[^.]*Nachrichteninhalte/);
      expect(text(t, 'my', 'ms'), t.id).not.toMatch(/Pemberian [^.]*kandungan mesej[^.]*penghantaran mesej/);
      expect(text(t, 'th', 'th'), t.id).not.toMatch(/การให้ข้อมูลต่อไปนี้[^\n]*การส่งข้อความ: [^\n]*เนื้อหาข้อความ/);
    }
    // Review 7 EU7-6: the consequence named per purpose (Art. 13(2)(e)), not "without it we cannot do this".
    expect(text(T('order_shipped'), 'eu', 'en')).toContain('Providing your phone number is necessary for message transmission; if you do not, we cannot send you this message.');
    expect(text(T('order_shipped'), 'eu', 'de')).toContain('Die Bereitstellung folgender Daten ist für den Zweck „Nachrichtenübermittlung“ erforderlich: Telefonnummer.');
    // Review 5 MY-8: with the consequence for the person (s.7(1)(h)).
    expect(text(T('order_shipped'), 'my', 'ms')).toContain('Pemberian nombor telefon anda adalah wajib bagi maksud penghantaran mesej; tanpanya kami tidak dapat menghantar mesej ini kepada anda.');
    expect(text(T('order_shipped'), 'th', 'th')).toContain('การให้ข้อมูลต่อไปนี้เป็นสิ่งจำเป็นสำหรับการส่งข้อความ: หมายเลขโทรศัพท์ ');
    // Consent: what we infer, read from the device or take from our records is not "provided" either.
    const mkt = text(T('marketing_promotion'), 'eu', 'en');
    // Since review 8 EU8-3 each voluntary line goes on with the consequence ("…; if you do not, …").
    expect(mkt).toContain('Providing your name and phone number for marketing messages is voluntary; if you do not, ');
    expect(mkt).toContain('Providing your phone number for personalised advertising is voluntary; if you do not, ');
    expect(mkt).toContain('Providing your phone number for message transmission is voluntary; if you do not, ');
    expect(mkt).not.toMatch(/Providing your [^.]*(shopping preferences|device identifier|order history)/);
  });

  it('the customer\'s own support messages are provided by the customer; the customer number we assign is not', () => {
    const en = text(T('support_followup'), 'eu', 'en');
    // Review 6 CN6-1: the support flow declares the phone number the ticket holds (the customer gives it).
    expect(en).toContain('Providing your name, phone number, email address, and message content is necessary for customer support; if you do not, we cannot answer your support request.');
    expect(en).not.toMatch(/Providing your [^.]*customer number/);
  });

  it('EU-m7: a legal duty to record is ours: "We are required by law to record …" (en, de, and the my and th texts)', () => {
    const receipt = T('payment_receipt');
    // The old requiredByLaw forms that made providing a statutory requirement on the person (it: "… è un obbligo
    // di legge: <data>"). Stripe's own AML retention ("per un obbligo di legge proprio e non per nostro conto",
    // 4a7faf8) is Stripe's duty, not the person's, so "obbligo di legge" alone is not the mark.
    for (const lng of EU) expect(text(receipt, 'eu', lng), lng).not.toMatch(/statutory requirement|gesetzlich vorgeschrieben: |exigence légale|requisito legal|è un obbligo di legge|wettelijke verplichting:|jest wymogiem ustawowym/);
    // Issue 17 (2026-12-07): in the EU the duty is to keep the invoice copies we issue, not to record the
    // person's name and address (no invoice is required for a consumer sale, § 14 Abs. 2 UStG; none up to
    // EUR 250 names the customer, § 33 UStDV), nor the person's to provide them (statement.requiredByLawRecords).
    expect(text(receipt, 'eu', 'en')).toContain('For tax and accounting records, we are required by law to keep your name, postal address, and transaction details on our invoice copies; no law obliges you to provide them to us.');
    expect(text(receipt, 'eu', 'de')).toContain('Für den Zweck „steuerliche und buchhalterische Aufzeichnungen“ sind wir gesetzlich verpflichtet, die Daten (Name, Postanschrift und Transaktionsdaten) auf unseren Rechnungskopien aufzubewahren;');
    for (const lng of EU) expect(text(receipt, 'eu', lng), lng).not.toMatch(/required by law to record|gesetzlich verpflichtet, folgende Daten|cannot complete your purchase|Kauf nicht abschließen/);
    // Review 5 MY-13: in Malaysia the duty names German tax law, and it is ours to keep the invoice copies (as in the EU).
    expect(text(receipt, 'my', 'en')).toContain('The tax law of Germany requires us to keep your name, postal address, and transaction details on our invoice copies');
    // Review 5 TH5-3: the Thai line names the duty's state (the flow is stated on s.24 (5)); issue 17: the duty
    // is ours, to keep our invoice copies (as in the EU), not to record the data.
    // Review 7 TH7-3: the law is the subject (กฎหมายภาษีของ…กำหนดให้เราต้อง…).
    expect(text(receipt, 'th', 'th')).toContain('กฎหมายภาษีของเยอรมนีกำหนดให้เราต้องเก็บรักษาข้อมูลต่อไปนี้ของท่านไว้ในสำเนาใบแจ้งหนี้ของเรา');
  });

  it('nothing provided: no line, and the element does not apply (no region-element-missing)', () => {
    // Only data from the device and our records, on a contract: nothing the person provides.
    const t = withFlows(T('order_shipped'), (f) => (f.id === 'delivery' ? { ...f, data: ['user.device.device_id', 'user.behavior.purchase_history'], exclusive: false } : f));
    const only = { ...t, flows: t.flows.filter((f) => f.id === 'delivery') };
    for (const { region, locale } of [{ region: 'eu', locale: 'en' }, { region: 'eu', locale: 'de' }, { region: 'my', locale: 'ms' }, { region: 'th', locale: 'th' }]) {
      const res = render(only, region, locale);
      expect(res.clause.assertions.filter((a) => a.kind === 'requirement'), `${region} ${locale}`).toEqual([]);
      expect(res.clause.elements.map((e) => e.snippet), `${region} ${locale}`).not.toContain('requirement');
    }
    expect(text(only, 'eu', 'en')).not.toContain('Providing');
  });
});

describe('EU-m4, CA-m4: the recipient that keeps the data is the subject of the retention sentence', () => {
  const WANT: Record<string, string> = {
    en: 'Meta Platforms Ireland Limited keeps your phone number and message content for up to 30 days from sending of the message.',
    // The EU and California name the purpose of the recipient's period too (issue 17, review 6 CN6-3), so the
    // German, Dutch and Polish lines lead with it and the recipient follows the verb.
    de: 'Für den Zweck „Nachrichtenübermittlung“ bewahrt Meta Platforms Ireland Limited die Daten (Telefonnummer und Nachrichteninhalte) höchstens 30 Tage ab Versand der Nachricht auf.',
    fr: 'Meta Platforms Ireland Limited conserve les données (numéro de téléphone et contenu des messages) pendant une durée maximale de 30\u00a0jours',
    es: 'Meta Platforms Ireland Limited conserva los datos (número de teléfono y contenido de los mensajes) durante un máximo de 30 días',
    it: 'Meta Platforms Ireland Limited conserva i dati (numero di telefono e contenuto dei messaggi) per un massimo di 30 giorni',
    nl: 'Voor het doel “verzending van berichten” bewaart Meta Platforms Ireland Limited de gegevens (telefoonnummer en inhoud van berichten) ten hoogste 30 dagen',
    pl: 'Cel „przesyłanie wiadomości” – okres przechowywania danych (numer telefonu i treść wiadomości) przez Meta Platforms Ireland Limited: maksymalnie 30 dni',
  };
  it('every WhatsApp template, every EU locale and California: Meta keeps the messages, not we', () => {
    for (const t of whatsapp) {
      for (const [lng, line] of Object.entries(WANT)) {
        const out = text(t, 'eu', lng);
        expect(out, `${t.id} ${lng}`).toContain(line);
      }
      expect(text(t, 'eu', 'en'), t.id).not.toContain('We keep your phone number and message content');
      expect(text(t, 'california', 'en'), t.id).toContain(WANT['en']);
      expect(text(t, 'california', 'es'), t.id).toContain(WANT['es']);
    }
  });
  it('every region and locale: no "we keep" for a period a recipient holds, and the holder is the recipient that applies', () => {
    for (const t of whatsapp) {
      for (const { region, locale } of ALL) {
        const res = render(t, region, locale);
        const retain = res.clause.assertions.filter((a) => a.kind === 'retain' && a.flows.includes('whatsapp_cloud_api'));
        expect(retain.length, `${t.id} ${region} ${locale}`).toBe(1);
        expect(retain[0]!.party, `${t.id} ${region} ${locale}`).toMatchObject({ kind: 'recipient', name: 'Meta Platforms Ireland Limited' });
        expect(retain[0]!.sentence, `${t.id} ${region} ${locale}`).toContain('Meta Platforms Ireland Limited');
      }
    }
  });
  it('the data decides: without heldBy the period is ours again; a US business names Meta Platforms, Inc.', () => {
    const ours = withFlows(T('order_shipped'), (f) => (f.retention?.heldBy ? { ...f, retention: { ...f.retention, heldBy: 'us' } } : f));
    // Ours again, so it names its purpose (review 5 EU-B, retentionByPurpose).
    expect(text(ours, 'eu', 'en')).toContain('For message transmission, we keep your phone number and message content for up to 30 days from sending of the message.');
    const us = renderer.render(T('order_shipped'), catalog.region('california'), 'en', { ...org, controller: { ...org.controller, country: 'US' } }, { uses }).clause.text;
    expect(us).toContain('Meta Platforms, Inc. keeps your phone number and message content for up to 30 days from sending of the message.');
  });
});

describe('EU-m9, CA-m5: no "only for order delivery" for the postal address the invoice carries', () => {
  const exclusive = withFlows(T('order_shipped'), (f) => (f.id === 'delivery' ? { ...f, exclusive: true } : f));
  it('every region and locale: the accounting flow of payment_receipt uses the address, so no exclusivity sentence is written', () => {
    expect(T('payment_receipt').flows.find((f) => f.id === 'accounting')!.data).toContain('user.contact.address');
    for (const t of [T('order_shipped'), exclusive]) {
      for (const { region, locale } of ALL) {
        const res = render(t, region, locale);
        expect(res.clause.assertions.filter((a) => a.kind === 'exclusive'), `${t.id} ${region} ${locale}`).toEqual([]);
      }
      expect(text(t, 'eu', 'en')).not.toMatch(/only for order delivery/);
      expect(text(t, 'california', 'en')).not.toMatch(/only for order delivery/);
      expect(text(t, 'eu', 'de')).not.toMatch(/ausschließlich|nur für/);
    }
  });
  it('exclusivity-contradicted reads "only" against the other templates: a hand-written footer saying it is reported', async () => {
    const write = variantWriter('disclose-review3-only-');
    const file = write('only.yaml', (t) => (t.footer = 'We use your postal address only for order delivery. Privacy §5.2'));
    const receipt = path.join(EXAMPLES, 'templates', 'payment_receipt.yaml');
    const r = await cli(['check', file, receipt, '--region', 'eu', '--org', path.join(EXAMPLES, 'organization.yaml'), '--format', 'json']);
    const f = (JSON.parse(r.out) as Array<{ ruleId: string; messageId: string; message: string }>).filter((x) => x.ruleId === 'exclusivity-contradicted');
    expect(f.map((x) => x.messageId)).toEqual(['brokenElsewhere']);
    expect(f[0]!.message).toContain('template "payment_receipt" (flow "accounting")');
  });
});

describe('CA-m2: the customer number is one we assign, not "obtained directly from you"', () => {
  const support = T('support_followup');
  it('every region and locale that states sources: the customer number in the "we assign" sentence, never in the "from you" one', () => {
    let seen = 0;
    for (const { region, locale } of ALL) {
      const res = render(support, region, locale);
      const loc = renderer.localizer(locale);
      for (const a of res.clause.assertions.filter((x) => x.kind === 'source' && x.data.includes('user.unique_id'))) {
        seen++;
        expect(a.data, `${region} ${locale}`).toEqual(['user.unique_id']);
        expect(a.sentence, `${region} ${locale}`).toBe(loc.t('statement.sourceAssigned', { data: loc.label('data', 'user.unique_id') }));
      }
    }
    expect(seen).toBeGreaterThanOrEqual(3);
    expect(text(support, 'california', 'en')).toContain('We assign your customer number ourselves.');
    expect(text(support, 'california', 'en')).not.toMatch(/customer number[^.]*directly from you/);
    expect(text(support, 'california', 'es')).toContain('Le asignamos nosotros los siguientes datos: número de cliente.');
    expect(text(support, 'california', 'es')).not.toMatch(/número de cliente[^.]*directamente de usted/);
  });
});

describe('EU-m5: portability only for data the person has provided', () => {
  const WANT: Record<string, string> = {
    en: 'For data you have provided to us on the basis of your consent or of a contract with you, you also have the right to data portability',
    de: 'Für Daten, die Sie uns auf Grundlage Ihrer Einwilligung oder eines Vertrags bereitgestellt haben, haben Sie außerdem das Recht auf Datenübertragbarkeit',
    fr: 'Pour les données que vous nous avez fournies sur la base de votre consentement ou d\'un contrat conclu avec vous',
    es: 'Para los datos que nos haya facilitado sobre la base de su consentimiento o de un contrato con usted',
    it: 'Per i dati che ci ha fornito sulla base del Suo consenso o di un contratto con Lei',
    nl: 'Voor gegevens die u ons hebt gegeven op grond van uw toestemming of van een overeenkomst met u',
    pl: 'W odniesieniu do danych dostarczonych nam przez Ciebie na podstawie Twojej zgody lub umowy z Tobą',
  };
  it('every EU locale of every template: the sentence names data provided by the person', () => {
    for (const t of templates) for (const [lng, line] of Object.entries(WANT)) expect(text(t, 'eu', lng), `${t.id} ${lng}`).toContain(line);
    expect(text(T('order_shipped'), 'eu', 'en')).not.toContain('For data handled on the basis of your consent');
  });
  it('no data the person provides on consent or a contract: no portability sentence', () => {
    const t = withFlows(T('order_shipped'), (f) => ({ ...f, data: f.data.filter((d) => d !== 'user.name' && d !== 'user.contact.phone_number' && d !== 'user.contact.address').concat(f.id === 'delivery' ? ['user.behavior.purchase_history'] : []) }));
    const only = { ...t, flows: t.flows.filter((f) => f.data.length) };
    for (const lng of EU) expect(text(only, 'eu', lng), lng).not.toContain(WANT[lng]!.slice(0, 30));
  });
});

describe('EU-m12, CA-m7: a company is not an app', () => {
  it('every region and locale: the messaging-app label never stands as the WhatsApp company\'s own type', () => {
    for (const t of whatsapp) {
      for (const { region, locale } of ALL) {
        const loc = renderer.localizer(locale);
        const label = loc.label('recipient', 'recipient.third_party.messaging_service');
        const out = text(t, region, locale).toLowerCase();
        for (const name of ['WhatsApp LLC', 'WhatsApp Ireland Limited']) expect(out, `${t.id} ${region} ${locale}`).not.toContain(`${label} ${name}`.toLowerCase());
        expect(out).not.toContain('\u2063');
      }
    }
  });
  it('the company as the provider of the WhatsApp messaging app, natively (en, de, fr, es, ms, zh-CN)', () => {
    const t = T('order_shipped');
    expect(text(t, 'eu', 'en')).toContain('We disclose your phone number to the provider of the WhatsApp messaging app, WhatsApp Ireland Limited (Ireland), for message transmission.');
    expect(text(t, 'eu', 'de')).toContain('an folgenden Empfänger weitergegeben: Anbieter der Messenger-App WhatsApp, WhatsApp Ireland Limited (Irland).');
    expect(text(t, 'eu', 'fr')).toContain("au destinataire suivant : le fournisseur de l'application de messagerie WhatsApp, WhatsApp Ireland Limited (Irlande).");
    expect(text(t, 'california', 'en')).toContain('We disclose your phone number to the provider of the WhatsApp messaging app, WhatsApp LLC (United States), for message transmission.');
    expect(text(t, 'california', 'es')).toContain('el proveedor de la aplicación de mensajería WhatsApp, WhatsApp LLC (Estados Unidos).');
    expect(text(t, 'my', 'ms')).toContain('kepada penyedia aplikasi pemesejan WhatsApp, WhatsApp LLC (Amerika Syarikat), bagi maksud penghantaran mesej.');
    expect(text(t, 'china', 'zh-CN')).toContain('即时通讯应用 WhatsApp 的运营者 WhatsApp LLC（美国）');
  });
  it('the clause claims the recipient with its type and name, as before (the reader reads the type from the app it provides)', () => {
    const res = render(T('order_shipped'), 'eu', 'en');
    expect(res.clause.claims).toContainEqual(expect.objectContaining({ action: 'share', data: 'user.contact.phone_number', recipient: { type: 'recipient.third_party.messaging_service', name: 'WhatsApp Ireland Limited' } }));
  });
});

describe('EU-m13: the copy offered names the document', () => {
  const WANT: Record<string, string> = {
    en: 'You can obtain a copy of the standard contractual clauses by writing to dpo@nordlicht.example.',
    de: 'Eine Kopie der Standardvertragsklauseln können Sie unter dpo@nordlicht.example anfordern.',
    fr: 'Vous pouvez obtenir une copie des clauses contractuelles types en écrivant à dpo@nordlicht.example.',
    es: 'Puede obtener una copia de las cláusulas contractuales tipo escribiendo a dpo@nordlicht.example.',
    it: 'Può ottenere una copia delle clausole contrattuali tipo scrivendo a dpo@nordlicht.example.',
    nl: 'U kunt een kopie van de standaardcontractbepalingen opvragen door te schrijven naar dpo@nordlicht.example.',
    pl: 'Kopię standardowych klauzul umownych możesz uzyskać, pisząc na adres dpo@nordlicht.example.',
  };
  it('order_shipped and marketing_promotion (SCC transfers), every EU locale', () => {
    for (const id of ['order_shipped', 'marketing_promotion']) {
      for (const [lng, line] of Object.entries(WANT)) {
        const out = text(T(id), 'eu', lng);
        expect(out, `${id} ${lng}`).toContain(line);
        expect(out, `${id} ${lng}`).not.toMatch(/copy of the safeguards|Kopie der Garantien|copie de ces garanties|copia de las garantías|copia delle garanzie|kopie van de waarborgen|Kopię zabezpieczeń/);
      }
    }
  });
});

describe('CA-m1: the one-time passcode as account log-in credentials in both SPI lines', () => {
  it('en and es', () => {
    const en = text(T('one_time_passcode'), 'california', 'en');
    expect(en).toContain('Sensitive personal information in this section: account log-in credentials (your phone number with the one-time passcode).');
    expect(en).toContain('Sensitive personal information (account log-in credentials: your phone number with the one-time passcode) serves only purposes permitted by');
    expect(en).not.toContain('Sensitive personal information in this section: one-time passcode.');
    const es = text(T('one_time_passcode'), 'california', 'es');
    expect(es).toContain('Información personal sensible incluida en esta sección: credenciales de acceso a una cuenta (número de teléfono junto con código de un solo uso).');
    expect(es).toContain('La información personal sensible (credenciales de acceso a una cuenta: número de teléfono junto con código de un solo uso) solo sirve');
  });
  it('only under the CCPA: the EU text keeps the datum\'s own label', () => {
    expect(text(T('one_time_passcode'), 'eu', 'en')).not.toContain('account log-in credentials');
  });
});
