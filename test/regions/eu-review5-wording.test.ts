/**
 * Review 5 EU wording (/work/notes/review-5-eu-ca.md) and the wording defects noted with it, rendered
 * in-process from the examples in every EU locale (issue 17):
 * - EU-n4: the source of inferred data in the language's own grammar, not labels in brackets;
 * - EU-n6: a footer label agrees in number with the recipients it names (fr, it; es, pl likewise);
 * - a statutory period's law named with a noun that holds for one provision or several (fr, es, it);
 * - es: the Spanish RGPD's own term for a processor's processor (Art. 28(2) and (4): "otro encargado").
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const EU = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (t: string, lng: string, region = 'eu') => renderer.render(tpl(t), catalog.region(region), lng, org);
const clause = (t: string, lng: string, region = 'eu') => render(t, lng, region).clause.text;

describe('EU-n4: where inferred data come from, said natively', () => {
  const want: Record<string, string> = {
    en: 'We derive your shopping preferences from your order history with us; we do not ask you for them.',
    de: 'Wir leiten Ihre Einkaufspräferenzen aus Ihrer Bestellhistorie bei uns ab; wir fragen Sie nicht danach.',
    fr: "Nous déduisons vos préférences d'achat de l'historique de vos commandes chez nous ; nous ne vous demandons pas ces données.",
    es: 'Deducimos sus preferencias de compra de su historial de pedidos; no le pedimos a usted estos datos.',
    it: 'Ricaviamo le Sue preferenze di acquisto dalla cronologia dei Suoi ordini presso di noi; non Le chiediamo questi dati.',
    nl: 'Wij leiden uw winkelvoorkeuren af uit uw bestelgeschiedenis bij ons; wij vragen u er niet om.',
    pl: 'Ustalamy Twoje preferencje zakupowe na podstawie historii Twoich zamówień u nas; nie prosimy Cię o te dane.',
  };
  it('marketing_promotion, every EU locale: the sentence, and no labels in brackets', () => {
    for (const lng of EU) {
      const text = clause('marketing_promotion', lng);
      expect(text, lng).toContain(want[lng]);
      expect(text, lng).not.toMatch(/Die Daten \(Einkaufspräferenzen\)|Les données \(préférences|Los datos \(preferencias de compra\) los deducimos|I dati \(preferenze di acquisto\) li deduciamo|De gegevens \(winkelvoorkeuren\) leiden|Dane \(preferencje zakupowe\) wywodzimy/);
    }
  });
  it('data without their own forms keep the general sentence (nothing ungrammatical is built)', () => {
    const t = tpl('marketing_promotion');
    const other = { ...t, flows: t.flows.map((f) => (f.id === 'preferences' ? { ...f, data: ['user.derived'] } : f)) };
    const de = renderer.render(other, catalog.region('eu'), 'de', org).clause.text;
    expect(de).toMatch(/Die Daten \([^)]+\) leiten wir aus Ihren Daten bei uns \(Bestellhistorie\) ab/);
  });
});

describe('EU-n6: the footer label agrees with the recipients it names', () => {
  it('appointment_reminder SMS (fr, it): a category of recipients in the plural, not under a singular label', () => {
    expect(render('appointment_reminder', 'fr').footer.text).toMatch(/^Données communiquées à des prestataires de services : nom, coordonnées, données de santé\. /);
    expect(render('appointment_reminder', 'it').footer.text).toMatch(/^Dati comunicati a fornitori di servizi: nome, dati di contatto, dati relativi alla salute\. /);
    for (const lng of ['fr', 'it', 'es', 'pl']) expect(render('appointment_reminder', lng).footer.text, lng).not.toMatch(/(Destinataire :|Destinatario:|Odbiorca:) (prestataires|fornitori|proveedores|dostawcy)\b/);
  });
  it('the category wording, wherever a footer names a category (grouped variant forced by a long template)', () => {
    const loc = renderer.localizer('pl');
    expect(loc.has('footer.group')).toBe(true);
    // The region's own sentence for a category, in the locales that inflect: plural agreement.
    const eu = catalog.region('eu') as unknown as { wording: Record<string, Record<string, string>> };
    expect(eu.wording['footer.groupCategory']).toEqual({
      fr: 'données communiquées à des {{recipient}} : {{data}}',
      es: 'información comunicada a {{recipient}}: {{data}}',
      it: 'dati comunicati a {{recipient}}: {{data}}',
      pl: 'odbiorcy: {{recipient}}, udostępniane dane: {{data}}',
    });
  });
  it('a named recipient keeps the singular label (payment_receipt e-mail)', () => {
    expect(render('payment_receipt', 'fr').footer.text).toMatch(/^Destinataire : prestataire de services de paiement Stripe Payments Europe, /);
    expect(render('payment_receipt', 'it').footer.text).toMatch(/^Destinatario: prestatore di servizi di pagamento Stripe Payments Europe, /);
  });
});

describe('the law behind a statutory period, however many provisions it names', () => {
  it('payment_receipt names two provisions: no singular "provision" in any EU locale', () => {
    for (const lng of EU) {
      const text = clause('payment_receipt', lng);
      expect(text, lng).toMatch(/§ 147|section 147/);
      expect(text, lng).not.toMatch(/the following provision:|la disposition suivante|la siguiente disposición|la seguente disposizione|folgende Vorschrift|de volgende bepaling|następujący przepis/);
    }
    expect(clause('payment_receipt', 'fr')).toContain('durée de conservation imposée par la réglementation suivante : § 147, paragraphes 1 (point 4), 3 et 4, du code fiscal allemand');
    expect(clause('payment_receipt', 'es')).toContain('plazo exigido por la siguiente normativa: § 147, apartados 1 (número 4), 3 y 4, del Código Tributario alemán');
    expect(clause('payment_receipt', 'it')).toContain('termine prescritto dalla seguente normativa: § 147, commi 1 (n. 4), 3 e 4, del codice tributario tedesco');
  });
});

describe('es: the RGPD\'s own term for the processor a processor engages (Art. 28(2), (4): "otro encargado")', () => {
  it('the locale\'s sub-processor sentences say "otro encargado del tratamiento", never "subencargado"', () => {
    const loc = renderer.localizer('es');
    for (const key of ['clause.subProcessor', 'statement.storeSubProcessor', 'statement.storeSubProcessorUpTo']) {
      // {{at}}: the sub-processor's country as the renderer fills it where the data are not stored only there
      // (statements.ts, 71269c5, review 7 SEA7-2); clause.subProcessor names {{country}} itself.
      const text = loc.t(key, { recipient: 'El proveedor X', name: 'Y Inc.', country: 'Estados Unidos', at: ' (Estados Unidos)', data: 'D', places: 'P', duration: '30 días' });
      expect(text, key).toContain('otro encargado del tratamiento, Y Inc. (Estados Unidos)');
      expect(text, key).not.toMatch(/subencargad/);
    }
  });
});

describe('EU-n7: withdrawal as easy as consent, and no more promised than the data hold', () => {
  // Review 7 EU7-1, EU7-2: the AdReach sharing has its own box and switch, and each way says what it withdraws.
  const want: Record<string, string> = {
    en: '(reply STOP to withdraw your consent for marketing messages and personalised advertising; switch off “WhatsApp offers” under Account > Notifications to withdraw it for marketing messages; switch off “Sharing with AdReach Media” under Account > Notifications to withdraw it for personalised advertising; or write to dpo@nordlicht.example)',
    de: '(antworten Sie mit STOP, um Ihre Einwilligung für die Zwecke „Werbenachrichten“ und „personalisierte Werbung“ zu widerrufen; deaktivieren Sie „WhatsApp-Angebote“ unter Konto > Benachrichtigungen, um sie für den Zweck „Werbenachrichten“ zu widerrufen; deaktivieren Sie „Weitergabe an AdReach Media“ unter Konto > Benachrichtigungen, um sie für den Zweck „personalisierte Werbung“ zu widerrufen; oder schreiben Sie an dpo@nordlicht.example)',
    fr: '(répondez STOP pour retirer votre consentement pour les finalités « messages de prospection commerciale » et « publicité personnalisée » ; désactivez « Offres par WhatsApp » dans Compte > Notifications pour le retirer pour la finalité « messages de prospection commerciale » ; désactivez « Partage avec AdReach Media » dans Compte > Notifications pour le retirer pour la finalité « publicité personnalisée » ; ou écrivez à dpo@nordlicht.example)',
    es: '(responda STOP para retirar su consentimiento para las finalidades «comunicaciones comerciales» y «publicidad personalizada»; desactive «Ofertas por WhatsApp» en Cuenta > Notificaciones para retirarlo para la finalidad «comunicaciones comerciales»; desactive «Compartir con AdReach Media» en Cuenta > Notificaciones para retirarlo para la finalidad «publicidad personalizada»; o escriba a dpo@nordlicht.example)',
    it: '(risponda STOP per revocare il Suo consenso per le finalità «comunicazioni di marketing» e «pubblicità personalizzata»; disattivi «Offerte via WhatsApp» in Account > Notifiche per revocarlo per la finalità «comunicazioni di marketing»; disattivi «Condivisione con AdReach Media» in Account > Notifiche per revocarlo per la finalità «pubblicità personalizzata»; oppure scriva a dpo@nordlicht.example)',
    nl: '(antwoord STOP om uw toestemming voor de doelen “marketingberichten” en “gepersonaliseerde advertenties” in te trekken; zet „Aanbiedingen via WhatsApp” onder Account > Meldingen uit om uw toestemming voor het doel “marketingberichten” in te trekken; zet „Delen met AdReach Media” onder Account > Meldingen uit om uw toestemming voor het doel “gepersonaliseerde advertenties” in te trekken; of schrijf naar dpo@nordlicht.example)',
    pl: '(odpowiedz STOP, aby wycofać zgodę na cele „wiadomości marketingowe” i „reklama spersonalizowana”; wyłącz „Oferty przez WhatsApp” w sekcji Konto > Powiadomienia, aby wycofać zgodę na cel „wiadomości marketingowe”; wyłącz „Udostępnianie danych AdReach Media” w sekcji Konto > Powiadomienia, aby wycofać zgodę na cel „reklama spersonalizowana”; lub napisz na adres dpo@nordlicht.example)',
  };
  it('marketing_promotion, every EU locale: the account switch where consent was given is a way to withdraw', () => {
    for (const lng of EU) expect(clause('marketing_promotion', lng), lng).toContain(want[lng]);
  });
  it('a reply that not every consent flow declares is not said to withdraw "your consent"', () => {
    const t = tpl('marketing_promotion');
    // AdReach's separate consent declared with its own way: STOP no longer ends every consent the clause names.
    const split = { ...t, flows: t.flows.map((f) => (f.id === 'ad_audiences' ? { ...f, consent: { ...f.consent!, withdrawal: 'write to privacy@adreach.example' } } : f)) };
    const en = renderer.render(split, catalog.region('eu'), 'en', org).clause.text;
    const line = en.split('\n').find((l) => l.includes('You can withdraw your consent'))!;
    expect(line).toContain('switch off “WhatsApp offers” under Account > Notifications');
    expect(line).not.toMatch(/reply STOP/);
    // The same template as it is: every consent flow declares "reply STOP".
    // (review 7 EU7-2: the reply says what it withdraws)
    expect(clause('marketing_promotion', 'en')).toMatch(/You can withdraw your consent at any time \(reply STOP to withdraw your consent for marketing messages and personalised advertising; /);
  });
  it('the element tells the reviewer what a STOP reply and the switch end is the business\'s to confirm', () => {
    const el = catalog.region('eu').elements.find((e) => e.id === 'withdraw_consent')!;
    expect(el.unsettled).toMatch(/AdReach Media/);
    expect(el.unsettled).toMatch(/STOP handler/);
  });
});

describe('Art. 13(2)(e) for the tax records: the duty to keep our invoice copies is ours, not one to record the person\'s name and address', () => {
  const want: Record<string, string> = {
    en: 'For tax and accounting records, we are required by law to keep your name, postal address, and transaction details on our invoice copies; no law obliges you to provide them to us.',
    de: 'Für den Zweck „steuerliche und buchhalterische Aufzeichnungen“ sind wir gesetzlich verpflichtet, die Daten (Name, Postanschrift und Transaktionsdaten) auf unseren Rechnungskopien aufzubewahren; Sie selbst sind gesetzlich nicht verpflichtet, sie uns bereitzustellen.',
    fr: 'la loi nous impose de conserver les données (nom, adresse postale et détails de la transaction) sur nos copies de factures ; aucune loi ne vous oblige à nous les fournir.',
    es: 'la ley nos obliga a conservar los datos (nombre, dirección postal y detalles de la transacción) en nuestras copias de las facturas; ninguna ley le obliga a usted a facilitárnoslos.',
    it: 'la legge ci obbliga a conservare i dati (nome, indirizzo postale e dettagli della transazione) nelle nostre copie delle fatture; nessuna legge La obbliga a fornirceli.',
    nl: 'zijn wij wettelijk verplicht de gegevens (naam, postadres en transactiegegevens) op onze factuurkopieën te bewaren; u bent wettelijk niet verplicht ze aan ons te verstrekken.',
    pl: 'jesteśmy prawnie zobowiązani do przechowywania danych (imię i nazwisko, adres pocztowy oraz dane transakcji) w naszych kopiach faktur; żaden przepis nie zobowiązuje Cię do ich podania.',
  };
  it('payment_receipt, every EU locale: the true sentence, and not "required by law to record … cannot complete your purchase"', () => {
    for (const lng of EU) {
      const text = clause('payment_receipt', lng);
      expect(text, lng).toContain(want[lng]);
      expect(text, lng).not.toMatch(/required by law to record|aufzuzeichnen|d'enregistrer les données suivantes|a registrar los siguientes datos|a registrare i seguenti dati|te registreren|do rejestrowania/);
    }
  });
  it('a legal duty without records named keeps the general sentence', () => {
    const t = tpl('payment_receipt');
    const plain = { ...t, flows: t.flows.map((f) => (f.id === 'accounting' ? { ...f, retention: { ...f.retention!, statutory: { ...f.retention!.statutory!, records: undefined, whileOpen: undefined } } } : f)) };
    // Issue 17: the general sentence says our duty (to keep, the retention being the law's), and no consequence
    // the flow does not declare (it said "… to record your …; without them we cannot complete your purchase").
    const text = renderer.render(plain, catalog.region('eu'), 'en', org).clause.text;
    expect(text).toContain('We are required by law to keep your name, postal address, and transaction details for tax and accounting records.');
    expect(text).not.toMatch(/complete your purchase|required by law to record/);
  });
});
