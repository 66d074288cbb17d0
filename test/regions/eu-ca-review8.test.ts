/**
 * Review 8 (EU and California; /work/notes/review-8-eu-ca.md), issue 17, rendered in-process (library calls only):
 * - EU8-6: the general legal-obligation line. The de and nl frames of statement.obligedToProvide take the
 *   consequence as the region's own consequences are written ("Ohne diese Daten können wir …", "Zonder deze
 *   gegevens kunnen wij …", as statement.required), and the person's obligation, declared either way, counts as
 *   the Art. 13(2)(e) element (no false region-element-missing).
 * - EU8-1: the message transmission of marketing_promotion rests on the consent to marketing messages (the
 *   consent of the flow whose basis WhatsApp's channel flows take), which the STOP reply and the offers switch
 *   withdraw; "your consent" alone named a third consent with no way to withdraw it.
 * - EU8-2: AdReach's audience data are kept 90 days from collection, or until the consent is withdrawn if that
 *   is sooner (retention.endsOnWithdrawal); the loader refuses the field where there is no consent of ours to end.
 * - EU8-4: our transfer to Zendesk on the DPF says Zendesk, Inc. is certified; the framework has one name per
 *   language, the decision's (de "Datenschutzrahmen EU-USA", pl "ramy ochrony danych UE–USA"); the DPF List
 *   look-up, not made, is a note on the transfer element.
 * - CA8-2: the pack's flows table says, for California, that the CCPA has no transfer rule and where the clause
 *   says the data are (never "no transfer out of the region" for data in Germany or the US), and no legal basis
 *   the clause never states; the Stripe, Inc. note on a California clause speaks of the CCPA, not the DPF.
 * - EU8-7: the pack's element citations name the unit once ("Art. 28 Abs. 2 und 4"); the accounting row's
 *   retention cell says what the clause says ("or longer while they matter for a tax assessment that is still
 *   open"); the template page shows the consent records (the offers box and the separate AdReach box).
 * - EU8-3: voluntary data name the consequence of not giving them (Art. 13(2)(e)), per purpose, in every EU locale.
 * - EU8-5: pl Stripe own-retention sentence has its comma before "jeżeli"; it "a decorrere dalla fine dell'anno
 *   solare della transazione", not "dalla data di fine …" (other events keep "dalla data di …").
 * - CA8-1: the open choice whether the card typed with its security code is sensitive personal information we
 *   collect is shown to the reviewer on the California categories element (was only a YAML comment).
 */
import { describe, expect, it } from 'vitest';
import { DiscloseError } from '../../src/errors.js';
import { caseProject, findings, legalDuty, template } from '../helpers/check-case.js';
import { examples } from '../helpers/examples.js';
import { flowViews } from '../../src/export/flow-view.js';
import type { Project, Target } from '../../src/project.js';
import { renderFlowsPage } from '../../src/export/html-page.js';
import type { ExportRecord } from '../../src/export/model.js';

const EU = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];

/** The consequence in each EU locale, worded as the region's requirementConsequence.* (the frame of statement.required). */
const AGE_CONSEQUENCE: Record<string, string> = {
  en: 'we cannot deliver age-restricted goods to you',
  de: 'können wir Ihnen keine altersbeschränkten Waren liefern',
  fr: 'nous ne pouvons pas vous livrer de produits soumis à une limite d’âge',
  es: 'no podemos entregarle productos con restricción de edad',
  it: 'non possiamo consegnarLe prodotti soggetti a limiti di età',
  nl: 'kunnen wij u geen goederen met een leeftijdsgrens leveren',
  pl: 'nie możemy dostarczyć Ci towarów z ograniczeniem wiekowym',
};

/** A template whose only flow is a legal obligation with no records (the reviewer's throw-away template). */
const onlyDuty = (extra: Record<string, unknown>) => legalDuty('age_check', extra, true);

describe('EU8-6: the general legal-obligation line', () => {
  const p = caseProject();
  const eu = p.catalog.region('eu');

  it('de and nl: the consequence follows "Ohne diese Daten" / "Zonder deze gegevens", as in statement.required', () => {
    const change = onlyDuty({ required: true, consequence: AGE_CONSEQUENCE });
    const text = (locale: string) => p.render(template(change), { region: eu, locale }).clause.text;
    expect(text('de')).toContain('bereitzustellen: Name und Postanschrift. Ohne diese Daten können wir Ihnen keine altersbeschränkten Waren liefern.');
    expect(text('nl')).toContain('te verstrekken voor het doel “nakoming van een wettelijke verplichting”: naam en postadres. Zonder deze gegevens kunnen wij u geen goederen met een leeftijdsgrens leveren.');
    expect(text('de')).not.toMatch(/Folge der Nichtbereitstellung/);
    expect(text('nl')).not.toMatch(/Gevolg als u ze niet verstrekt/);
    // The one consequence fits both frames: the same words after "Ohne diese Daten" in the contract line.
    for (const locale of EU) expect(text(locale), locale).toContain(AGE_CONSEQUENCE[locale]!);
  });

  for (const required of [true, false]) {
    it(`required: ${required}: the person's obligation is the Art. 13(2)(e) element in every EU locale (no region-element-missing)`, () => {
      const change = onlyDuty(required ? { required, consequence: AGE_CONSEQUENCE } : { required });
      for (const locale of EU) {
        const out = p.render(template(change), { region: eu, locale });
        expect(out.clause.text, locale).toMatch(required ? /./ : /No law obliges you|nicht verpflichtet|Aucune loi|Ninguna ley|Nessuna legge|niet verplicht|Żaden przepis/);
        expect(findings('region-element-missing', { change, region: 'eu', locale }).map((f) => f.message), locale).toEqual([]);
        expect(out.clause.elements.find((e) => e.id === 'statutory_or_contractual'), locale).toBeDefined();
      }
    });
  }
});

describe('EU8-1: the basis of the message transmission names the consent it rests on', () => {
  const ex = examples();
  const tpl = (id: string) => ex.templates.find((t) => t.id === id)!;
  const clause = (id: string, lng: string, region = 'eu') => ex.renderer.render(tpl(id), ex.catalog.region(region), lng, ex.org).clause.text;
  const TRANSMISSION: Record<string, string> = {
    en: 'Legal basis for message transmission: your consent to marketing messages (Art. 6(1)(a) GDPR).',
    de: 'Rechtsgrundlage für den Zweck „Nachrichtenübermittlung“: Ihre Einwilligung in den Erhalt von Werbenachrichten (Art. 6 Abs. 1 lit. a DSGVO).',
    fr: 'Base juridique du traitement pour la finalité « transmission des messages » : votre consentement pour la finalité « messages de prospection commerciale » (article 6, paragraphe 1, point a), du RGPD).',
    es: 'Base jurídica del tratamiento para la finalidad «transmisión de mensajes»: su consentimiento para la finalidad «comunicaciones comerciales» (artículo 6, apartado 1, letra a), del RGPD).',
    it: 'Base giuridica del trattamento per la finalità «trasmissione dei messaggi»: il Suo consenso per la finalità «comunicazioni di marketing» (articolo 6, paragrafo 1, lettera a), del GDPR).',
    nl: 'Rechtsgrond voor het doel “verzending van berichten”: uw toestemming voor het doel “marketingberichten” (art. 6 lid 1 onder a AVG).',
    pl: 'Podstawa prawna przetwarzania (cel: przesyłanie wiadomości): Twoja zgoda na otrzymywanie wiadomości marketingowych (art. 6 ust. 1 lit. a RODO).',
  };
  it('marketing_promotion, every EU locale: the consent to marketing messages, which the STOP reply and the offers switch withdraw', () => {
    for (const lng of EU) {
      const text = clause('marketing_promotion', lng);
      expect(text, lng).toContain(TRANSMISSION[lng]!);
    }
    expect(clause('marketing_promotion', 'en')).toMatch(/reply STOP to withdraw your consent for marketing messages and personalised advertising; switch off “WhatsApp offers” under Account > Notifications to withdraw it for marketing messages;/);
  });
  it('the channel flows carry the flow they take their basis from; a template that names its channel basis has none', () => {
    expect(tpl('marketing_promotion').flows.filter((f) => f.basisFrom).map((f) => [f.id, f.basisFrom])).toEqual([['whatsapp_cloud_api', 'offers'], ['whatsapp_messenger', 'offers']]);
    expect(tpl('service_hours_notice').flows.some((f) => f.basisFrom)).toBe(false);
  });
  it('only the EU words it: California states no basis; China keeps its reviewed line', () => {
    expect(clause('marketing_promotion', 'en', 'california')).not.toMatch(/consent to marketing messages/);
    expect(clause('marketing_promotion', 'zh-CN', 'china')).toContain('递送消息的法律依据：取得您的同意（《个人信息保护法》第十三条第一款第一项）。');
  });
});

describe('EU8-2: the AdReach period ends on withdrawal of the consent', () => {
  const ex = examples();
  const mp = ex.templates.find((t) => t.id === 'marketing_promotion')!;
  const CAPPED: Record<string, string> = {
    en: 'For personalised advertising, we keep your phone number, device identifier, and order history for 90 days from collection, or until you withdraw your consent if that is sooner.',
    de: 'Für den Zweck „personalisierte Werbung“ bewahren wir die Daten (Telefonnummer, Gerätekennung und Bestellhistorie) 90 Tage ab Erhebung auf, längstens bis zum Widerruf Ihrer Einwilligung.',
    fr: 'pendant 90\u00a0jours à compter de la collecte, ou jusqu\'au retrait de votre consentement s\'il intervient plus tôt.',
    es: 'durante 90 días a contar desde la recogida, o hasta que retire su consentimiento, si esto ocurre antes.',
    it: 'per 90 giorni a decorrere dalla data di raccolta o, se anteriore, fino alla revoca del Suo consenso.',
    nl: '90 dagen vanaf het moment van verzameling, of tot u uw toestemming intrekt als dat eerder is.',
    pl: '90 dni od zebrania danych, nie dłużej niż do czasu wycofania Twojej zgody.',
  };
  it('marketing_promotion, every EU locale: 90 days from collection, capped at withdrawal; the claim is up to 90 days', () => {
    expect(mp.flows.find((f) => f.id === 'ad_audiences')!.retention).toMatchObject({ value: 90, unit: 'day', from: 'collection', endsOnWithdrawal: true });
    for (const lng of EU) {
      const res = ex.renderer.render(mp, ex.catalog.region('eu'), lng, ex.org);
      expect(res.clause.text, lng).toContain(CAPPED[lng]!);
      // At most 90 days: the claim the sentence makes, and reads back as (test/roundtrip.test.ts).
      const kept = res.clause.claims.filter((c) => c.action === 'retain' && c.data === 'user.device.device_id').map((c) => c.retention);
      expect(kept, lng).toEqual([{ value: 90, unit: 'day', from: 'collection', upTo: true }]);
    }
  });
  it('the loader refuses endsOnWithdrawal where no consent of ours ends the period, at the field', () => {
    const p = caseProject();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ legalBasis: 'contract' }, /legal basis is contract, not consent/],
      [{ legalBasis: 'consent', retention: { value: 30, unit: 'day', from: 'consent_withdrawal', endsOnWithdrawal: true } }, /already runs from withdrawal/],
    ];
    for (const [extra, message] of cases) {
      let err: unknown;
      try {
        template((t) => {
          Object.assign(t.flows[0]!, { retention: { value: 180, unit: 'day', from: 'delivery', endsOnWithdrawal: true } }, extra);
        });
      } catch (e) {
        err = e;
      }
      expect(err, String(message)).toBeInstanceOf(DiscloseError);
      expect((err as DiscloseError).message).toMatch(message);
      expect((err as DiscloseError).message).toMatch(/endsOnWithdrawal/);
    }
    expect(p).toBeDefined();
  });
});

describe('EU8-4: certification stated for Zendesk; one name of the framework per language', () => {
  const ex = examples();
  const tpl = (id: string) => ex.templates.find((t) => t.id === id)!;
  const render = (id: string, lng: string) => ex.renderer.render(tpl(id), ex.catalog.region('eu'), lng, ex.org);
  const CERTIFIED: Record<string, string> = {
    en: 'on the basis of the adequacy decision for the EU-U.S. Data Privacy Framework (Art. 45(3) GDPR; Commission Implementing Decision (EU) 2023/1795). Zendesk, Inc. is certified under that framework.',
    de: 'Grundlage: Angemessenheitsbeschluss für den Datenschutzrahmen EU-USA (Art. 45 Abs. 3 DSGVO; Durchführungsbeschluss (EU) 2023/1795). Zendesk, Inc. ist nach diesem Datenschutzrahmen zertifiziert.',
    fr: '(article 45, paragraphe 3, du RGPD ; décision d\'exécution (UE) 2023/1795). Zendesk, Inc. est certifiée au titre de ce cadre.',
    es: '(artículo 45, apartado 3, del RGPD; Decisión de Ejecución (UE) 2023/1795). Zendesk, Inc. está certificada con arreglo a dicho Marco.',
    it: '(articolo 45, paragrafo 3, del GDPR; decisione di esecuzione (UE) 2023/1795). Zendesk, Inc. è certificata nell\'ambito di tale quadro.',
    nl: '(art. 45 lid 3 AVG; Uitvoeringsbesluit (EU) 2023/1795). Zendesk, Inc. is gecertificeerd onder dat kader.',
    pl: 'podstawa przekazania: decyzja stwierdzająca odpowiedni stopień ochrony danych osobowych zapewniany przez ramy ochrony danych UE–USA (art. 45 ust. 3 RODO; decyzja wykonawcza (UE) 2023/1795). Zendesk, Inc. uczestniczy w tych ramach.',
  };
  it('support_followup, every EU locale: the transfer to Zendesk says Zendesk, Inc. is certified; the claim keeps the DPF', () => {
    for (const lng of EU) {
      const res = render('support_followup', lng);
      expect(res.clause.text, lng).toContain(CERTIFIED[lng]!);
      expect(res.clause.claims.filter((c) => c.action === 'transfer' && c.recipient?.name === 'Zendesk').map((c) => c.mechanism), lng).toContain('dpf');
    }
  });
  it('de says "Datenschutzrahmen EU-USA" and pl "ramy ochrony danych UE–USA" in every DPF sentence', () => {
    for (const id of ['support_followup', 'payment_receipt', 'marketing_promotion']) {
      const de = render(id, 'de').clause.text;
      const pl = render(id, 'pl').clause.text;
      expect(de, id).not.toMatch(/EU-US-Datenschutzrahmen/);
      expect(de, id).toMatch(/Datenschutzrahmen EU-USA/);
      expect(pl, id).not.toMatch(/Ramach ochrony|Ram ochrony|w ramach Ram|UE-USA/);
      expect(pl, id).toMatch(/ramach ochrony danych UE–USA|ramy ochrony danych UE–USA/);
    }
  });
  it('the DPF List look-up, not made, is a note on the transfer element of a clause that transfers on the DPF', () => {
    const transfer = render('support_followup', 'en').clause.elements.find((e) => e.id === 'transfer_safeguards');
    expect(transfer?.notes?.map((n) => n.key)).toContain('mechanism.dpf');
    // Review 9 EU9-1: which entries were checked, and when, comes from the data (dpfChecked), not from prose in the note.
    expect(transfer?.notes?.find((n) => n.key === 'mechanism.dpf')?.note).toMatch(/DPF List entry checked \(as the data record it, dpfChecked\): Zendesk, Inc\.: not checked/);
  });
});

describe('CA8-2: the California cells of the flows table, and the Stripe, Inc. note', () => {
  const ex = examples();
  const table = (template: string, regions: string[]) => {
    const t = ex.templates.find((x) => x.id === template)!;
    const project = { catalog: ex.catalog, org: ex.org, renderer: ex.renderer } as unknown as Project;
    const targets: Target[] = regions.map((id) => ({ region: ex.catalog.region(id), locale: ex.catalog.region(id).locales[0]! }));
    return flowViews(project, t, targets);
  };
  const cell = (list: Array<{ region: string; text: string }>, region: string) => list.find((x) => x.region === region)!.text;
  it('transfer: no CCPA transfer rule, and where the data are, for every flow of every example', () => {
    for (const t of ex.templates) {
      for (const row of table(t.id, ['eu', 'california'])) {
        const text = cell(row.transfer, 'california');
        expect(text, `${t.id} ${row.id}`).not.toBe('no transfer out of the region');
        expect(text, `${t.id} ${row.id}`).toMatch(/^CCPA: no transfer rule/);
      }
    }
    const mp = table('marketing_promotion', ['california']);
    expect(cell(mp.find((r) => r.id === 'ad_audiences')!.transfer, 'california')).toBe('CCPA: no transfer rule; storage places and recipients as the clause states: ours in Germany (DE); AdReach Media in United States (US)');
    const pay = table('payment_receipt', ['california']);
    expect(cell(pay.find((r) => r.id === 'payment')!.transfer, 'california')).toBe('CCPA: no transfer rule; storage places and recipients as the clause states: Stripe Payments Europe (Ireland (IE)) stores them in United States (US) (by Stripe, Inc.)');
  });
  it('basis: not stated for California (the clause states none); the EU cell keeps the clause\'s basis', () => {
    for (const row of table('marketing_promotion', ['eu', 'california'])) {
      expect(cell(row.basis, 'california'), row.id).toBe('not stated (the CCPA has no legal-basis element)');
      expect(cell(row.basis, 'eu'), row.id).toMatch(/GDPR\)$/);
    }
    // EU8-1 in the table too: the transmission's basis is the consent to marketing messages, as the clause says.
    const tx = table('marketing_promotion', ['eu']).find((r) => r.id === 'whatsapp_cloud_api')!;
    expect(cell(tx.basis, 'eu')).toBe('your consent to marketing messages (Art. 6(1)(a) GDPR)');
  });
  it('the Stripe, Inc. note on the California clause speaks of the CCPA, not of the DPF or the EU; the EU note is unchanged', () => {
    const pr = ex.templates.find((x) => x.id === 'payment_receipt')!;
    const note = (region: string) => ex.renderer.render(pr, ex.catalog.region(region), 'en', ex.org).clause.elements.find((e) => e.id === 'sub_processors')?.unsettled ?? '';
    expect(note('california')).toMatch(/Stripe, Inc\.: .*The CCPA sets no rule on transfers out of California or the United States.*11 CCR §7011\(e\)\(1\)/);
    expect(note('california')).not.toMatch(/outside the EU|the DPF covers European data only/);
    expect(note('eu')).toMatch(/the DPF covers European data only/);
  });
});

describe('EU8-7: the pack', () => {
  const ex = examples();
  const mp = ex.templates.find((x) => x.id === 'marketing_promotion')!;
  const views = (id: string) => {
    const t = ex.templates.find((x) => x.id === id)!;
    const project = { catalog: ex.catalog, org: ex.org, renderer: ex.renderer } as unknown as Project;
    return flowViews(project, t, [{ region: ex.catalog.region('eu'), locale: 'en' }, { region: ex.catalog.region('california'), locale: 'en' }] as Target[]);
  };
  // Stop 27 (LE): sub_processors now cites Art. 13(1)(e) alone (Art. 28(2), (4) govern engaging a sub-processor and
  // ask nothing of the notice), so the several paragraphs of one article are checked on the objection to direct
  // marketing (Art. 21(2), (3), (4)), the unit written once as before.
  it('element citations: the paragraph unit once, in every EU locale', () => {
    const want: Record<string, string> = {
      en: 'Art. 21(2), (3) and (4) GDPR',
      de: 'Art. 21 Abs. 2, 3 und 4 DSGVO',
      fr: 'article 21, paragraphes 2, 3 et 4, du RGPD',
      es: 'artículo 21, apartados 2, 3 y 4, del RGPD',
      it: 'articolo 21, paragrafi 2, 3 e 4, del GDPR',
      nl: 'art. 21 leden 2, 3 en 4 AVG',
      pl: 'art. 21 ust. 2, 3 i 4 RODO',
    };
    const sub: Record<string, string> = {
      en: 'Art. 13(1)(e) GDPR',
      de: 'Art. 13 Abs. 1 lit. e DSGVO',
      fr: 'article 13, paragraphe 1, point e), du RGPD',
      es: 'artículo 13, apartado 1, letra e), del RGPD',
      it: 'articolo 13, paragrafo 1, lettera e), del GDPR',
      nl: 'art. 13 lid 1 onder e AVG',
      pl: 'art. 13 ust. 1 lit. e RODO',
    };
    for (const lng of EU) {
      const els = ex.renderer.render(mp, ex.catalog.region('eu'), lng, ex.org).clause.elements;
      expect(els.find((e) => e.id === 'direct_marketing_objection')?.citation, lng).toBe(want[lng]);
      expect(els.find((e) => e.id === 'sub_processors')?.citation, lng).toBe(sub[lng]);
    }
  });
  it('retention cells: the tax-assessment extension and the records, as the clause; the AdReach cap', () => {
    expect(views('payment_receipt').find((r) => r.id === 'accounting')!.retention).toMatch(/^on our invoice copies for 8 years from the end of the calendar year of the transaction, or longer while they matter for taxes whose assessment period is still running, as required by /); // stop 27 clause audit 4 (LF): § 147 Abs. 3 Satz 5 AO's Festsetzungsfrist
    expect(views('marketing_promotion').find((r) => r.id === 'ad_audiences')!.retention).toBe('90 days from collection, or until the consent is withdrawn if that is sooner (as the clause states)');
  });
  it('the template page shows both consent records with their boxes, paths and switches', () => {
    const rows = views('marketing_promotion');
    expect(rows.find((r) => r.id === 'offers')!.consent).toMatchObject({ record: 0, separate: false, preTicked: false, setting: '“WhatsApp offers” under Account > Notifications' });
    expect(rows.find((r) => r.id === 'ad_audiences')!.consent).toMatchObject({ record: 1, separate: true, preTicked: false, setting: '“Sharing with AdReach Media” under Account > Notifications' });
    expect(rows.find((r) => r.id === 'whatsapp_cloud_api')!.consent).toBeUndefined();
    const rec = { template: 'marketing_promotion', channel: 'whatsapp', category: 'marketing', language: 'en', file: 'marketing_promotion.yaml', purpose: '', body: '', lint: [], results: [], flowTable: rows } as unknown as ExportRecord;
    // The flows' page (pack format 7: one for every template with the same flows, linked from the template's page).
    const html = renderFlowsPage(rec.flowTable!);
    expect(html).toContain('<h3 id="consent">Consent records</h3>');
    expect(html).toMatch(/<strong>The template's consent<\/strong> for <code>offers<\/code>, <code>preferences<\/code>: how given: unticked checkbox &quot;WhatsApp offers from Nordlicht&quot;/);
    expect(html).toMatch(/<strong>Separate consent<\/strong> for <code>ad_audiences<\/code>: how given: unticked checkbox &quot;Share my phone number, device ID and order history with AdReach Media \(USA\) for personalised ads&quot;.*switched off at: “Sharing with AdReach Media” under Account &gt; Notifications/);
  });
});

describe('CA8-1: the card-as-SPI choice reaches the reviewer', () => {
  const ex = examples();
  const pr = ex.templates.find((x) => x.id === 'payment_receipt')!;
  it('on the California categories element of payment_receipt, en and es; not on the EU clause nor on other templates', () => {
    for (const lng of ['en', 'es']) {
      const el = ex.renderer.render(pr, ex.catalog.region('california'), lng, ex.org).clause.elements.find((e) => e.id === 'categories_collected');
      expect(el?.written, lng).toBe(true);
      expect(el?.unsettled, lng).toMatch(/^Not settled, for the organization to decide before sign-off: whether the payment card number, typed with its security code into Stripe's field, is sensitive personal information.*§1798\.140\(ae\)\(1\)\(B\).*11 CCR §7012\(e\)\(1\).*11 CCR §7027\(m\)\(1\)/);
    }
    const eu = ex.renderer.render(pr, ex.catalog.region('eu'), 'en', ex.org).clause.elements;
    expect(eu.some((e) => /security code into Stripe's field/.test(e.unsettled ?? ''))).toBe(false);
    const os = ex.templates.find((x) => x.id === 'order_shipped')!;
    expect(ex.renderer.render(os, ex.catalog.region('california'), 'en', ex.org).clause.elements.find((e) => e.id === 'categories_collected')?.unsettled).toBeUndefined();
  });
});

describe('EU8-3: voluntary data name the consequence of not providing them', () => {
  const ex = examples();
  const clause = (id: string, lng: string) => ex.renderer.render(ex.templates.find((t) => t.id === id)!, ex.catalog.region('eu'), lng, ex.org).clause.text;
  it('marketing_promotion, service_hours_notice, appointment_reminder: en and de as the reviewer asked', () => {
    expect(clause('marketing_promotion', 'en')).toContain('Providing your name and phone number for marketing messages is voluntary; if you do not, you will not receive our offers.');
    expect(clause('marketing_promotion', 'de')).toContain('Die Bereitstellung folgender Daten für den Zweck „Werbenachrichten“ ist freiwillig: Name und Telefonnummer. Ohne diese Daten erhalten Sie keine Angebote von uns.');
    expect(clause('marketing_promotion', 'en')).toContain('Providing your phone number for message transmission is voluntary; if you do not, we cannot send you this message.');
    expect(clause('service_hours_notice', 'en')).toContain('Providing your phone number for service notifications is voluntary; if you do not, you will not receive our service notifications.');
    expect(clause('appointment_reminder', 'en')).toContain('Providing your name, phone number, and appointment details for appointment reminders is voluntary; if you do not, you will not receive appointment reminders.');
  });
  it('every EU locale: no voluntary line without its consequence in these templates', () => {
    const bare: Record<string, RegExp> = {
      en: /is voluntary\.$/m,
      de: /ist freiwillig: [^.]*\.$/m,
      fr: /est facultative : [^.]*\.$/m,
      es: /es voluntario: [^.]*\.$/m,
      it: /è facoltativo: [^.]*\.$/m,
      nl: /is vrijwillig: [^.]*\.$/m,
      pl: /jest dobrowolne \(cel: [^)]*\): [^.]*\.$/m,
    };
    for (const id of ['marketing_promotion', 'service_hours_notice', 'appointment_reminder']) {
      for (const lng of EU) expect(clause(id, lng), `${id} ${lng}`).not.toMatch(bare[lng]!);
    }
  });
});

describe('EU8-5: pl comma before the condition in Stripe\'s own-retention sentence', () => {
  it('payment_receipt, pl', () => {
    const ex = examples();
    const pl = ex.renderer.render(ex.templates.find((t) => t.id === 'payment_receipt')!, ex.catalog.region('eu'), 'pl', ex.org).clause.text;
    expect(pl).toContain('Ponadto Stripe Payments Europe przechowuje dokumentację transakcji, jeżeli wymagają tego');
  });
});

describe('EU8-5: it period from the end of the calendar year', () => {
  it('payment_receipt, it: "a decorrere dalla fine dell\'anno solare della transazione"; other events keep "dalla data di"', () => {
    const ex = examples();
    const it_ = (id: string) => ex.renderer.render(ex.templates.find((t) => t.id === id)!, ex.catalog.region('eu'), 'it', ex.org).clause.text;
    expect(it_('payment_receipt')).toContain('per 8 anni a decorrere dalla fine dell\'anno solare della transazione, o più a lungo');
    expect(it_('payment_receipt')).not.toContain('dalla data di fine');
    expect(it_('order_shipped')).toContain('per 180 giorni a decorrere dalla data di consegna dell\'ordine.');
  });
});
