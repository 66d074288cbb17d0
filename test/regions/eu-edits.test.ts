/**
 * EU edits before publication (/work/notes/review-china-eu-ca.md §2): the definite article before a
 * recipient type that a sentence is about (fr "le prestataire de messagerie", es "el proveedor", it
 * "il fornitore"; nl lower case after "Bij"), and the sub-processor behind Meta Platforms Ireland
 * Limited's US storage named (Meta Platforms, Inc., GDPR Art. 13(1)(e), 28(2), (4)), in the EU and
 * California texts, from the recipient's data (channels/whatsapp.yaml subProcessor).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (id: string, lng: string, region = 'eu') => renderer.render(tpl(id), catalog.region(region), lng, org).clause.text;

describe('definite article before a recipient type the sentence is about', () => {
  it('fr, es, it, de, nl: with the article (review 3 EU-m11: de "der Messaging-Dienstleister", nl "de berichtendienstverlener")', () => {
    const fr = render('order_shipped', 'fr');
    expect(fr).toContain('Les données (numéro de téléphone et contenu des messages) sont stockées par le prestataire de messagerie Meta Platforms Ireland Limited dans les lieux suivants : États-Unis.');
    // The onward transfer names Meta Ireland by name alone, first in its sentence (review 3 EU-A).
    expect(fr).toContain('Meta Platforms Ireland Limited transfère les données (numéro de téléphone et contenu des messages) à Meta Platforms, Inc. aux États-Unis.');
    expect(fr).not.toMatch(/par prestataire de messagerie/);
    const es = render('order_shipped', 'es');
    expect(es).toContain('Los datos (número de teléfono y contenido de los mensajes) los almacena el proveedor de mensajería Meta Platforms Ireland Limited en los siguientes lugares: Estados Unidos.');
    expect(es).toContain('Meta Platforms Ireland Limited transfiere los datos (número de teléfono y contenido de los mensajes) a Meta Platforms, Inc., en los Estados Unidos.');
    const it = render('order_shipped', 'it');
    expect(it).toContain('Il fornitore di servizi di messaggistica Meta Platforms Ireland Limited memorizza i dati (numero di telefono e contenuto dei messaggi) nei seguenti luoghi: Stati Uniti.');
    expect(it).toContain('Meta Platforms Ireland Limited trasferisce i dati (numero di telefono e contenuto dei messaggi) a Meta Platforms, Inc. negli Stati Uniti.');
    expect(it).not.toMatch(/\bda fornitore\b|\bda il\b/);
    const nl = render('order_shipped', 'nl');
    expect(nl).toContain('Bij de berichtendienstverlener Meta Platforms Ireland Limited worden de gegevens');
    expect(nl).not.toMatch(/Bij berichtendienstverlener|door berichtendienstverlener|^Berichtendienstverlener/m);
    const de = render('order_shipped', 'de');
    expect(de).toContain('Der Messaging-Dienstleister Meta Platforms Ireland Limited speichert die Daten (Telefonnummer und Nachrichteninhalte) an folgenden Orten: Vereinigte Staaten.');
    expect(de).not.toMatch(/^Messaging-Dienstleister|übermittelt Messaging-Dienstleister/m);
    // In a list after a colon the type stays bare in German and Dutch too.
    expect(de).toContain('an folgenden Empfänger weitergegeben: Messaging-Dienstleister Meta Platforms Ireland Limited (Irland).');
    // After a colon the list keeps its bare type (no article): "al siguiente destinatario: proveedor de mensajería …".
    expect(es).toContain('al siguiente destinatario: proveedor de mensajería Meta Platforms Ireland Limited (Irlanda).');
    // California Spanish too.
    expect(render('order_shipped', 'es', 'california')).toContain('los almacena el proveedor de mensajería Meta Platforms Ireland Limited');
  });
});

describe('the sub-processor behind Meta Platforms Ireland Limited\'s US storage is named', () => {
  const lines: Record<string, string> = {
    en: 'Messaging provider Meta Platforms Ireland Limited engages its sub-processor Meta Platforms, Inc. (United States) for this storage.',
    de: 'Messaging-Dienstleister Meta Platforms Ireland Limited setzt dafür den Unterauftragsverarbeiter Meta Platforms, Inc. (Vereinigte Staaten) ein.',
    fr: 'Le prestataire de messagerie Meta Platforms Ireland Limited fait appel pour cela à son sous-traitant ultérieur Meta Platforms, Inc. (États-Unis).',
    es: 'El proveedor de mensajería Meta Platforms Ireland Limited recurre para ello a otro encargado del tratamiento, Meta Platforms, Inc. (Estados Unidos).',
    it: 'Il fornitore di servizi di messaggistica Meta Platforms Ireland Limited si avvale a tal fine del sub-responsabile del trattamento Meta Platforms, Inc. (Stati Uniti).',
    nl: 'Berichtendienstverlener Meta Platforms Ireland Limited schakelt hiervoor de subverwerker Meta Platforms, Inc. (Verenigde Staten) in.',
    pl: 'W tym celu operator platformy komunikacyjnej Meta Platforms Ireland Limited angażuje dalszy podmiot przetwarzający Meta Platforms, Inc. (Stany Zjednoczone).',
  };
  it('every EU locale, every WhatsApp template: named in the DPF transfer sentence, so no separate sentence (review 3 EU-A)', () => {
    for (const t of templates.filter((x) => x.channel === 'whatsapp')) {
      for (const [lng, line] of Object.entries(lines)) {
        expect(render(t.id, lng), `${t.id} ${lng}`).not.toContain(line);
        expect(render(t.id, lng), `${t.id} ${lng}`).toMatch(/Meta Platforms Ireland Limited \S+ .*Meta Platforms, Inc\./);
      }
    }
    // Not for SMS or e-mail, whose recipients declare no sub-processor.
    expect(render('payment_receipt', 'en')).not.toContain('sub-processor');
  });
  it('California en and es, in the CCPA\'s terms: the provider\'s own service provider, not the GDPR\'s sub-processor (review 5 CA-n4)', () => {
    expect(render('order_shipped', 'en', 'california')).toContain('Messaging provider Meta Platforms Ireland Limited engages its own service provider Meta Platforms, Inc. (United States) for this storage.');
    expect(render('order_shipped', 'es', 'california')).toContain('El proveedor de mensajería Meta Platforms Ireland Limited recurre para ello a su propio proveedor de servicios, Meta Platforms, Inc. (Estados Unidos).');
  });
  it('the data decides: without subProcessor no sentence; the element shows the reviewer what is unsettled', () => {
    const base = tpl('order_shipped');
    const without = { ...base, flows: base.flows.map((f) => ({ ...f, recipients: f.recipients.map(({ subProcessor: _s, ...r }) => r) })) };
    const text = renderer.render(without, catalog.region('eu'), 'en', org).clause.text;
    expect(text).not.toContain('sub-processor');
    const el = renderer.render(tpl('order_shipped'), catalog.region('eu'), 'en', org).clause.elements.find((e) => e.id === 'sub_processors')!;
    // Stop 27 (LE): the notice element is Art. 13(1)(e) (recipients); Art. 28(2), (4), which govern engaging the
    // sub-processor, are no longer cited as what requires it.
    expect(el.article).toBe('Art. 13(1)(e) GDPR');
    expect(el.unsettled).toMatch(/Data Processing Terms/);
  });
});

describe('GDPR Art. 7(3): the withdrawal sentence says how', () => {
  it('service_hours_notice (no way declared by a flow): reply STOP, the account setting, or e-mail, in every EU locale (review 3 EU-m1)', () => {
    const want: Record<string, string> = {
      en: 'You can withdraw your consent at any time (reply STOP, switch off “Holiday notices by WhatsApp” under Account > Notifications, or write to dpo@nordlicht.example); withdrawal does not affect processing carried out before it.',
      de: 'Sie können Ihre Einwilligung jederzeit widerrufen (antworten Sie mit STOP, deaktivieren Sie „Feiertagshinweise per WhatsApp“ unter Konto > Benachrichtigungen oder schreiben Sie an dpo@nordlicht.example).',
      fr: 'Vous pouvez retirer votre consentement à tout moment (répondez STOP, désactivez « Avis de jours fériés par WhatsApp » dans Compte > Notifications ou écrivez à dpo@nordlicht.example)',
      es: 'Puede retirar su consentimiento en cualquier momento (responda STOP, desactive «Avisos de festivos por WhatsApp» en Cuenta > Notificaciones o escriba a dpo@nordlicht.example)',
      it: 'Può revocare il Suo consenso in qualsiasi momento (risponda STOP, disattivi «Avvisi per i giorni festivi via WhatsApp» in Account > Notifiche o scriva a dpo@nordlicht.example)',
      nl: 'U kunt uw toestemming te allen tijde intrekken (antwoord STOP, zet „Feestdagmeldingen via WhatsApp” onder Account > Meldingen uit of schrijf naar dpo@nordlicht.example).',
      pl: 'Możesz w dowolnym momencie wycofać zgodę (odpowiedz STOP, wyłącz „Powiadomienia o dniach świątecznych przez WhatsApp” w sekcji Konto > Powiadomienia lub napisz na adres dpo@nordlicht.example).',
    };
    for (const [lng, line] of Object.entries(want)) expect(render('service_hours_notice', lng), lng).toContain(line);
  });
  it('a flow that declares its way (reply STOP) keeps it, with the e-mail as well', () => {
    // With the account switch where consent was given (marketing_promotion consent.setting; review 5 EU-n7).
    // Review 7 EU7-1, EU7-2: with the separate AdReach switch, each way saying what it withdraws.
    expect(render('marketing_promotion', 'en')).toContain('You can withdraw your consent at any time (reply STOP to withdraw your consent for marketing messages and personalised advertising; switch off “WhatsApp offers” under Account > Notifications to withdraw it for marketing messages; switch off “Sharing with AdReach Media” under Account > Notifications to withdraw it for personalised advertising; or write to dpo@nordlicht.example); withdrawal does not affect processing carried out before it.');
    expect(render('appointment_reminder', 'de')).toContain('(antworten Sie auf eine beliebige Erinnerung mit STOP oder schreiben Sie an dpo@nordlicht.example)');
    for (const t of templates) {
      const text = render(t.id, 'en');
      if (/withdraw your consent at any time/.test(text)) expect(text, t.id).not.toContain('withdraw your consent at any time;');
    }
  });
});
