/**
 * EU review findings (/work/notes/review-china-eu-ca.md §2) held against the rendered examples: Meta's
 * onward transfer stated as Meta's (EU-2, review-sea X5), the source of inferred data (EU-3), no
 * erasure of data kept under a legal obligation (EU-4), the direct-marketing objection on its own
 * line with a way to object (EU-5), the health category named (EU-6), the statutory requirement
 * (EU-7), the country in the address in the text's language (EU-8), and the Art. 49(1)(b) `contract`
 * route worded as the derogation it is and only for contract flows. Law: GDPR Arts. 13, 14, 17(3)(b),
 * 21(4), 49(1)(b) (https://eur-lex.europa.eu/eli/reg/2016/679/oj, checked 2026-12-06).
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';
import type { Template } from '../../src/model/types.js';

const { catalog, org, templates, renderer } = examples();
const eu = catalog.region('eu');
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (id: string, lng: string, region = 'eu') => renderer.render(tpl(id), catalog.region(region), lng, org);
const WHATSAPP = templates.filter((t) => t.channel === 'whatsapp').map((t) => t.id);

describe('EU-2 / X5: Meta Platforms Ireland\'s transfer to its US storage is Meta\'s, not ours', () => {
  it('no "We transfer … to Meta Platforms Ireland Limited" in the EU (Ireland is inside the EEA); Meta\'s own transfer is stated without a mechanism of ours', () => {
    for (const id of WHATSAPP) {
      for (const lng of eu.locales) {
        const res = render(id, lng);
        const meta = res.clause.text.split('\n').filter((l) => l.includes('Meta Platforms Ireland Limited'));
        expect(meta.some((l) => /^We transfer/.test(l.trim())), `${id} ${lng}`).toBe(false);
        expect(meta.some((l) => /(Standardvertragsklauseln|standard contractual clauses|46\(2\)\(c\)|Art\. 46)/.test(l)), `${id} ${lng}`).toBe(false);
        expect(res.clause.text, `${id} ${lng}`).not.toMatch(/servers in United States|serveurs situés en|server in Stati Uniti|serwery w następującym/);
      }
      // Meta's transfer, on the DPF adequacy decision for its certified sub-processor (review 3 EU-A; no longer "its own safeguards").
      expect(render(id, 'en').clause.text).toContain('Meta Platforms Ireland Limited transfers your phone number and message content to Meta Platforms, Inc. in the United States.');
      expect(render(id, 'en').clause.text).not.toContain('rests on its own safeguards');
    }
    expect(render('order_shipped', 'de').clause.text).toContain('Meta Platforms Ireland Limited übermittelt die Daten (Telefonnummer und Nachrichteninhalte) an Meta Platforms, Inc. in den Vereinigten Staaten.');
  });

  it('outside the EU our own transfer to Meta in Ireland keeps its route; the US storage is Meta\'s (sg)', () => {
    const sg = render('order_shipped', 'en', 'sg').clause.text;
    expect(sg).toContain('We transfer your phone number and message content to messaging provider Meta Platforms Ireland Limited (Ireland) on the basis of a contract');
    expect(sg).not.toContain('(servers in United States) on the basis of');
    // The US storage is Meta's, by its data intermediary Meta Platforms, Inc. (review 5 TH5-1 for sg, 04427ce), not an onward transfer on "its own safeguards".
    expect(sg).toContain('Messaging provider Meta Platforms Ireland Limited has its data intermediary Meta Platforms, Inc. store your phone number and message content (place of storage: United States).');
    expect(sg).not.toContain('rests on its own safeguards');
  });

  it('the channel data claims no EU mechanism for Meta (no `eu: scc`)', () => {
    const meta = catalog.channels.get('whatsapp')!.implies.flatMap((f) => f.recipients).find((r) => r.name === 'Meta Platforms Ireland Limited')!;
    expect(meta.transfer).toEqual({ default: 'contract' });
  });

  it('in Dutch the recipient inside a sentence is not capitalized (nl "Bij de berichtendienstverlener …")', () => {
    const nl = render('order_shipped', 'nl').clause.text;
    expect(nl).toContain('Bij de berichtendienstverlener Meta Platforms Ireland Limited worden');
    expect(nl).not.toContain('Bij De berichtendienstverlener');
  });
});

describe('EU-3: the source of data not collected from the person (Art. 14(2)(f))', () => {
  it('the inferred shopping preferences say where they come from, in every language', () => {
    const want: Record<string, string> = {
      // The source named from the flow's data (source.category: order history; review 3 EU-m8).
      en: 'We derive your shopping preferences from your order history with us; we do not ask you for them.',
      // Review 5 EU-n4: in the language's own grammar, not labels in brackets.
      de: 'Wir leiten Ihre Einkaufspräferenzen aus Ihrer Bestellhistorie bei uns ab; wir fragen Sie nicht danach.',
      pl: 'Ustalamy Twoje preferencje zakupowe na podstawie historii Twoich zamówień u nas; nie prosimy Cię o te dane.',
    };
    for (const [lng, s] of Object.entries(want)) expect(render('marketing_promotion', lng).clause.text).toContain(s);
    const el = render('marketing_promotion', 'en').clause.elements.find((e) => e.id === 'source_of_data')!;
    expect(el).toMatchObject({ article: 'Art. 14(1)(d) and (2)(f) GDPR', written: true });
    // Data collected from the person needs no source line (Art. 13).
    expect(render('order_shipped', 'en').clause.elements.find((e) => e.id === 'source_of_data')).toBeUndefined();
    expect(render('order_shipped', 'en').clause.text).not.toContain('directly from you');
  });
});

describe('EU-4: no unqualified erasure for data kept under a legal obligation (Art. 17(3)(b))', () => {
  it('payment_receipt (tax records on Art. 6(1)(c)) states the exception; contract-only templates do not', () => {
    const want: Record<string, string> = {
      en: 'The right to erasure does not apply while a legal obligation requires the records to be held (Art. 17(3)(b) GDPR).',
      de: 'Das Recht auf Löschung besteht nicht, solange eine rechtliche Verpflichtung die Aufbewahrung vorschreibt (Art. 17 Abs. 3 lit. b DSGVO).',
      fr: "Le droit à l'effacement ne s'applique pas tant qu'une obligation légale impose la conservation (article 17, paragraphe 3, point b), du RGPD).",
      es: 'El derecho de supresión no procede mientras una obligación legal exija la conservación (artículo 17, apartado 3, letra b), del RGPD).',
      it: 'Il diritto alla cancellazione non si applica finché un obbligo legale impone la conservazione (articolo 17, paragrafo 3, lettera b), del GDPR).',
      nl: 'Het recht op gegevenswissing geldt niet zolang een wettelijke verplichting de bewaring voorschrijft (art. 17 lid 3 onder b AVG).',
      pl: 'Prawo do usunięcia danych nie przysługuje, dopóki obowiązek prawny nakazuje ich zachowanie (art. 17 ust. 3 lit. b RODO).',
    };
    for (const lng of eu.locales) expect(render('payment_receipt', lng).clause.text, lng).toContain(want[lng]);
    expect(render('order_shipped', 'en').clause.text).not.toContain('right to erasure does not apply');
  });
});

describe('EU-5: the direct-marketing objection, clearly and separately, with a way to object (Art. 21(4))', () => {
  it('its own headed line, right after the purposes and bases, before recipients and rights', () => {
    const lines = render('marketing_promotion', 'en').clause.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Right to object to direct marketing: you can object at any time to direct marketing, including profiling related to it (reply STOP or write to dpo@nordlicht.example); we will then stop it (Art. 21(2) and (3) GDPR).'));
    expect(at).toBeGreaterThan(0);
    expect(lines.findIndex((l) => l.startsWith('Legal basis for'))).toBeLessThan(at);
    expect(lines.findIndex((l) => l.startsWith('We share') || l.startsWith('We disclose'))).toBeGreaterThan(at);
    expect(lines.findIndex((l) => l.startsWith('You have the right of access'))).toBeGreaterThan(at);
    expect(render('marketing_promotion', 'de').clause.text).toContain('Widerspruchsrecht gegen Direktwerbung: Sie können der Direktwerbung einschließlich des damit verbundenen Profilings jederzeit widersprechen (antworten Sie mit STOP oder schreiben Sie an dpo@nordlicht.example).');
  });
});

describe('EU-6, EU-7, EU-8', () => {
  it('EU-6: the special category is named (data concerning health)', () => {
    expect(render('appointment_reminder', 'en').clause.text).toContain('Your appointment details are health data, a special category of personal data: for appointment reminders, the condition is your explicit consent (Art. 9(2)(a) GDPR).');
    expect(render('appointment_reminder', 'de').clause.text).toContain('Ihre Angaben (Termindaten) sind Gesundheitsdaten');
  });

  // Review 3 EU-m7: the legal duty to record is ours, not the person's; EU-m3: "providing" lists only what the
  // person provides (the transaction details come from our records); EU-m9: the invoice carries the address.
  it('EU-7: a legal obligation to record is stated as ours (Art. 13(2)(e)); "providing" lists only data the person provides', () => {
    // Issue 17 (2026-12-07): the duty is ours, to keep the invoice copies we issue; not one to record the name and
    // address (a German consumer sale needs no invoice, § 14 Abs. 2 UStG; one up to EUR 250 names no customer, § 33 UStDV).
    expect(render('payment_receipt', 'en').clause.text).toContain('For tax and accounting records, we are required by law to keep your name, postal address, and transaction details on our invoice copies; no law obliges you to provide them to us.');
    // Review 7 EU7-6: the consequence of not providing them named (Art. 13(2)(e)).
    expect(render('payment_receipt', 'en').clause.text).toMatch(/Providing your name, email address[^;]* is necessary for payment processing; if you do not, we cannot take your payment\./);
    expect(render('payment_receipt', 'de').clause.text).toContain('Für den Zweck „steuerliche und buchhalterische Aufzeichnungen“ sind wir gesetzlich verpflichtet, die Daten (Name, Postanschrift und Transaktionsdaten) auf unseren Rechnungskopien aufzubewahren; Sie selbst sind gesetzlich nicht verpflichtet, sie uns bereitzustellen.');
  });

  it('EU-8: no English country name in a non-English address', () => {
    const country: Record<string, string> = { de: 'Deutschland', fr: 'Allemagne', es: 'Alemania', it: 'Germania', nl: 'Duitsland', pl: 'Niemcy' };
    for (const [lng, name] of Object.entries(country)) {
      const text = render('order_shipped', lng).clause.text;
      expect(text, lng).toContain(`Friedrichstraße 100, 10117 Berlin, ${name}, privacy@nordlicht.example`);
      expect(text, lng).not.toContain('Berlin, Germany');
    }
    expect(render('order_shipped', 'en').clause.text).toContain('Friedrichstraße 100, 10117 Berlin, Germany, privacy@nordlicht.example');
  });
});

describe('the EU `contract` route is the Art. 49(1)(b) derogation, worded as such, and only for contract flows', () => {
  const withRoute = (id: string, route: Record<string, string>): Template => {
    const t = tpl(id);
    return { ...t, flows: t.flows.map((f, i) => (i === 0 ? { ...f, recipients: f.recipients.map((r) => ({ ...r, transfer: route as never })) } : f)) };
  };

  it('a contract flow states the derogation, never "a contract that obliges the recipient"', () => {
    const res = renderer.render(withRoute('order_shipped', { eu: 'contract' }), eu, 'en', org);
    expect(res.clause.text).toContain('We transfer your name, phone number, and postal address to courier SwiftShip Logistics (United States) on the basis of the derogation for transfers necessary to perform the contract with you (Art. 49(1)(b) GDPR).');
    for (const lng of eu.locales) {
      expect(renderer.render(withRoute('order_shipped', { eu: 'contract' }), eu, lng, org).clause.text, lng).not.toMatch(/obliges the recipient|verpflichtet den Empfänger|oblige le destinataire/);
    }
    expect(res.unresolvedTransfers).toEqual([]);
  });

  it('a consent flow cannot rest on it: no route is stated and the reviewer is told why', () => {
    const t = tpl('marketing_promotion');
    const consentFlow = { ...t, flows: t.flows.map((f) => (f.id === 'ad_audiences' ? { ...f, recipients: f.recipients.map((r) => ({ ...r, transfer: { eu: 'contract' } as never })) } : f)) };
    const out = renderer.render(consentFlow, eu, 'en', org);
    expect(out.clause.text).not.toContain('necessary to perform the contract with you');
    const u = out.unresolvedTransfers.find((x) => x.recipient === 'AdReach Media')!;
    expect(u.reason).toBe('unsettled');
    expect(u.note).toMatch(/contract basis/);
  });
});

describe('locale minors', () => {
  it('pl: "imię i nazwisko oraz dane transakcji", not "… i … i …"', () => {
    const pl = render('payment_receipt', 'pl').clause.text;
    // The tax records hold the postal address too (review 3 EU-m9).
    expect(pl).toContain('imię i nazwisko, adres pocztowy oraz dane transakcji');
    expect(pl).not.toContain('imię i nazwisko i dane transakcji');
  });
});
