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
    const de = line(clause(tpl('service_hours_notice'), 'de', own), /widerrufen/);
    expect(de).toContain('(antworten Sie mit STOPP oder STOP, deaktivieren Sie');
    expect(line(clause(tpl('appointment_reminder'), 'de', own), /widerrufen/)).toContain('antworten Sie auf eine beliebige Erinnerung mit STOPP oder STOP oder schreiben Sie an');
    expect(line(clause(tpl('marketing_promotion'), 'nl', own), /^Recht van bezwaar/)).toContain('(antwoord STOPPEN of schrijf naar dpo@nordlicht.example)');
    // Other locales keep the channel's default.
    expect(line(clause(tpl('service_hours_notice'), 'fr', own), /retirer/)).toContain('(répondez STOP, désactivez');
  });

  it('the setting only where the template names it in the locale; no reply where the channel has no stop keywords', () => {
    const t = tpl('service_hours_notice');
    const onlyEn: Template = { ...t, consent: { ...t.consent!, setting: { en: t.consent!.setting!['en']! } } };
    expect(line(clause(onlyEn, 'de'), /widerrufen/)).toContain('(antworten Sie mit STOP oder schreiben Sie an dpo@nordlicht.example)');
    expect(line(clause(onlyEn, 'en'), /withdraw/)).toContain('switch off “Holiday notices by WhatsApp”');
    // An e-mail template (no stop keywords on the channel) on consent: e-mail only.
    const mail = templates.find((x) => x.channel === 'email' && x.flows.some((f) => f.legalBasis === 'consent'));
    if (mail) expect(line(clause(mail, 'en'), /withdraw your consent/)).toMatch(/\(write to dpo@nordlicht\.example\)/);
    const noStop = { ...org, replyKeywords: { ...org.replyKeywords, en: [] as string[] } };
    const onlyMail = line(clause(onlyEn, 'en', noStop), /withdraw/);
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
