/**
 * Review 7 (EU and California; /work/notes/review-7-eu-ca.md), issue 17, rendered in-process from the
 * examples (library calls only):
 * - EU7-1: the consent to sharing with AdReach Media is recorded separately, with its own box and switch;
 *   a flow that declares a separate consent but shares its record with other flows is reported;
 * - EU7-2: the withdrawal line says what a STOP reply and each switch withdraw;
 * - EU7-5: the de objection sentence says what Art. 21(3) says (the citation forms: eu.test.ts);
 * - EU7-7: a transfer on the DPF names Commission Implementing Decision (EU) 2023/1795; nl says
 *   "standaardcontractbepalingen" (the Dutch text of Decision (EU) 2021/914) in both SCC sentences;
 * - EU7-6: the Art. 13(2)(e) line names the consequence per purpose, for one datum or several;
 * - CA7-4: a California clause whose period runs from withdrawal of consent says how to withdraw it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DiscloseError } from '../../src/errors.js';
import { parseTemplate } from '../../src/load/template.js';
import { consentRecords } from '../../src/model/consent-records.js';
import { EXAMPLES, examples } from '../helpers/examples.js';
import { lintFindings, renderFindings } from '../helpers/lint-case.js';

const { catalog, org, templates, renderer } = examples();
const EU = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const clause = (t: string, lng: string, region = 'eu') => renderer.render(tpl(t), catalog.region(region), lng, org).clause.text;
const MARKETING = readFileSync(path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml'), 'utf8');

/** The example's YAML text with `change` applied to its document. */
function variant(change: (consent: Record<string, unknown>) => void): string {
  const data = parse(MARKETING) as Record<string, unknown>;
  change(data['consent'] as Record<string, unknown>);
  return stringify(data, { lineWidth: 0 });
}

describe('EU7-1: the AdReach sharing has its own consent record', () => {
  it('marketing_promotion records two consents: the offers box for offers and preferences, its own box for ad_audiences', () => {
    const records = consentRecords(tpl('marketing_promotion'));
    expect(records.map((r) => r.flows.map((f) => f.id))).toEqual([['offers', 'preferences'], ['ad_audiences']]);
    const adreach = records[1]!.record;
    expect(adreach.preTicked).toBe(false);
    expect(adreach.method).toMatch(/unticked checkbox ".*AdReach Media \(USA\).*"/);
    for (const lng of EU) expect(adreach.setting?.[lng], lng).toMatch(/AdReach Media/);
  });

  it('consent-evidence: a flow with a separate consent that shares its record with other flows is reported; with its own record, nothing', () => {
    const bundled = variant((c) => {
      delete c['separateRecords'];
      delete c['flows'];
    });
    const found = renderFindings('consent-evidence', bundled, 'eu');
    expect(found).toEqual([`separateNotRecorded@${bundled.split('\n').findIndex((l) => l.startsWith('consent:')) + 1}`]);
    expect(renderFindings('consent-evidence', MARKETING, 'eu')).toEqual([]);
  });

  it('a separate record is proved as the template\'s record is: a pre-ticked box or no time is reported at the record', () => {
    const weak = variant((c) => {
      const r = (c['separateRecords'] as Array<Record<string, unknown>>)[0]!;
      r['preTicked'] = true;
      delete r['timestamp'];
    });
    const line = weak.split('\n').findIndex((l) => /^\s*- flows:/.test(l)) + 1;
    expect(line).toBeGreaterThan(1);
    const found = renderFindings('consent-evidence', weak, 'eu');
    expect(found.sort()).toEqual([`noTime@${line}`, `preTicked@${line}`].sort());
  });

  it('the loader refuses a separate record that names no flow, an unknown flow, or a flow another record covers, with its place', () => {
    const load = (yaml: string) => parseTemplate(yaml, 'mp.yaml', catalog.taxonomy, catalog.channels);
    const cases: Array<[(c: Record<string, unknown>) => void, RegExp]> = [
      [(c) => void ((c['separateRecords'] as Array<Record<string, unknown>>)[0]!['flows'] = ['ad_audience']), /no flow "ad_audience" is declared/],
      [(c) => void ((c['separateRecords'] as Array<Record<string, unknown>>)[0]!['flows'] = ['offers']), /flow "offers" is already covered by consent/],
      [(c) => void delete (c['separateRecords'] as Array<Record<string, unknown>>)[0]!['flows'], /names no flows/],
    ];
    for (const [change, message] of cases) {
      let err: unknown;
      try {
        load(variant(change));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DiscloseError);
      expect((err as DiscloseError).message).toMatch(message);
      expect((err as DiscloseError).line).toBeGreaterThan(1);
      expect((err as DiscloseError).file).toBe('mp.yaml');
    }
  });

  it('consent-record-flow-missing still holds: the example with two records has flows of its own, so nothing', () => {
    expect(lintFindings('consent-record-flow-missing', MARKETING)).toEqual([]);
  });
});

describe('EU7-2: the withdrawal line says what STOP and each switch withdraw', () => {
  it('en and de: the reply withdraws both purposes, each switch its own', () => {
    expect(clause('marketing_promotion', 'en')).toContain(
      'You can withdraw your consent at any time (reply STOP to withdraw your consent for marketing messages and personalised advertising; switch off “WhatsApp offers” under Account > Notifications to withdraw it for marketing messages; switch off “Sharing with AdReach Media” under Account > Notifications to withdraw it for personalised advertising; or write to dpo@nordlicht.example)',
    );
    expect(clause('marketing_promotion', 'de')).toContain('deaktivieren Sie „Weitergabe an AdReach Media“ unter Konto > Benachrichtigungen, um sie für den Zweck „personalisierte Werbung“ zu widerrufen;');
  });
  it('every EU locale names the AdReach switch in the withdrawal line; a template with one consent keeps the plain list', () => {
    for (const lng of EU) expect(clause('marketing_promotion', lng), lng).toContain(tpl('marketing_promotion').consent!.separateRecords![0]!.setting![lng]!);
    expect(clause('service_hours_notice', 'en')).toMatch(/\(reply STOP, switch off “[^”]+” under Account > Notifications, or write to dpo@nordlicht\.example\)/);
  });
});

describe('EU7-5: the de objection sentence is as wide as Art. 21(3)', () => {
  it('no more processing for direct marketing, not only no more advertising', () => {
    const de = clause('marketing_promotion', 'de');
    expect(de).toContain('Nach einem Widerspruch stellen wir die Verarbeitung Ihrer personenbezogenen Daten für Zwecke der Direktwerbung ein (Art. 21 Abs. 2 und 3 DSGVO).');
    expect(de).not.toContain('erhalten Sie keine Direktwerbung mehr');
  });
});

describe('EU7-7: the decision behind a DPF transfer; one Dutch term for the SCCs', () => {
  const decision: Record<string, string> = {
    en: '(Art. 45(3) GDPR; Commission Implementing Decision (EU) 2023/1795).',
    de: '(Art. 45 Abs. 3 DSGVO; Durchführungsbeschluss (EU) 2023/1795).',
    fr: '(article 45, paragraphe 3, du RGPD ; décision d\'exécution (UE) 2023/1795).',
    es: '(artículo 45, apartado 3, del RGPD; Decisión de Ejecución (UE) 2023/1795).',
    it: '(articolo 45, paragrafo 3, del GDPR; decisione di esecuzione (UE) 2023/1795).',
    nl: '(art. 45 lid 3 AVG; Uitvoeringsbesluit (EU) 2023/1795).',
    pl: '(art. 45 ust. 3 RODO; decyzja wykonawcza (UE) 2023/1795).',
  };
  it('support_followup, every EU locale: the Zendesk transfer names the decision', () => {
    for (const lng of EU) {
      const line = clause('support_followup', lng).split('\n').find((l) => l.includes('Zendesk') && l.includes('45'));
      expect(line, lng).toBeDefined();
      // The transfer sentence ends with the decision; since review 8 EU8-4 a sentence that Zendesk, Inc. is certified follows it.
      expect(line!.includes(decision[lng]!), `${lng}: ${line}`).toBe(true);
      expect(line!.slice(line!.indexOf(decision[lng]!) + decision[lng]!.length), `${lng}: ${line}`).toMatch(/^ Zendesk, Inc\. /);
    }
  });
  it('nl: standaardcontractbepalingen in the transfer and the copy line, never modelcontractbepalingen', () => {
    for (const t of ['marketing_promotion', 'order_shipped']) {
      const nl = clause(t, 'nl');
      expect(nl, t).not.toMatch(/modelcontract/);
      expect(nl.match(/standaardcontractbepalingen/g)?.length ?? 0, t).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('CA7-4: the California clause says how to withdraw the consent its period runs from', () => {
  it('marketing_promotion and service_hours_notice, en and es', () => {
    const en = clause('marketing_promotion', 'en', 'california');
    expect(en).toContain('from withdrawal of your consent.');
    expect(en).toContain('You can withdraw your consent at any time (reply STOP to withdraw your consent for marketing messages and cross-context behavioral advertising; switch off “WhatsApp offers” under Account > Notifications to withdraw it for marketing messages; switch off “Sharing with AdReach Media” under Account > Notifications to withdraw it for cross-context behavioral advertising; or write to dpo@nordlicht.example).');
    // No GDPR Art. 7(3) clause on processing before withdrawal in California.
    expect(en).not.toMatch(/does not affect processing/);
    expect(clause('service_hours_notice', 'en', 'california')).toMatch(/You can withdraw your consent at any time \(reply STOP, switch off “[^”]+” under Account > Notifications, or write to dpo@nordlicht\.example\)\./);
    expect(clause('marketing_promotion', 'es', 'california')).toContain('Puede retirar su consentimiento en cualquier momento (responda STOP para retirar su consentimiento para las finalidades');
    expect(clause('service_hours_notice', 'es', 'california')).toMatch(/Puede retirar su consentimiento en cualquier momento \(responda STOP, desactive «[^»]+» en Cuenta > Notificaciones o escriba a dpo@nordlicht\.example\)\./);
  });
  it('a template on contract gets no withdrawal line in California', () => {
    expect(clause('order_shipped', 'en', 'california')).not.toMatch(/withdraw your consent/);
  });
});

describe('EU7-6: what the person loses by not providing the data, per purpose (Art. 13(2)(e))', () => {
  const want: Array<[string, string, string]> = [
    ['one_time_passcode', 'en', 'Providing your phone number is necessary for account verification; if you do not, we cannot send you the verification code.'],
    ['order_shipped', 'en', 'Providing your name, phone number, and postal address is necessary for order delivery; if you do not, we cannot deliver your order.'],
    ['support_followup', 'en', 'is necessary for customer support; if you do not, we cannot answer your support request.'],
    ['payment_receipt', 'en', 'is necessary for payment processing; if you do not, we cannot take your payment.'],
    ['one_time_passcode', 'de', 'Ohne diese Daten können wir Ihnen den Bestätigungscode nicht senden.'],
    ['order_shipped', 'fr', 'Sans ces données, nous ne pouvons pas livrer votre commande.'],
    ['payment_receipt', 'es', 'Sin ellos, no podemos procesar su pago.'],
    ['support_followup', 'it', 'In mancanza di tali dati, non possiamo rispondere alla Sua richiesta di assistenza.'],
    ['order_shipped', 'nl', 'Zonder deze gegevens kunnen wij uw bestelling niet bezorgen.'],
    ['payment_receipt', 'pl', 'Bez tych danych nie możemy zrealizować Twojej płatności.'],
  ];
  it('the examples, in each EU locale', () => {
    for (const [t, lng, line] of want) expect(clause(t, lng), `${t} ${lng}`).toContain(line);
  });
  it('no EU text says "without it we cannot do this" or the locales\' unnamed consequence', () => {
    for (const t of templates) {
      for (const lng of EU) expect(clause(t.id, lng), `${t.id} ${lng}`).not.toMatch(/cannot do this|diesen Zweck nicht erfüllen|poursuivre cette finalité|cumplir esta finalidad|perseguire questa finalità|is dat niet mogelijk|zrealizować tego celu/);
    }
  });
});
