/**
 * Policies typed without diacritics (src/policy/accentless.ts; held-out-10 atelier-vitrail-la-lucarne,
 * brief RF): "donnees", "etabli a", "Etats-Unis", "Uebermittlung" read as the words they stand for,
 * with the locale's words folded and the text folded code unit for code unit, so findings keep their
 * line and quote the policy as written. A policy that writes its marks is read as before, and words
 * that differ only by their marks in the locale's vocabulary (vi "bán" to sell, "bạn" you) are no
 * reading of each other. Our own words, checked against examples/templates/order_shipped.yaml
 * (courier SwiftShip Logistics in the US, its data stored in Germany).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';
import { loadLocale } from '../../src/load/locales.js';
import { accentlessLocale, writtenWithoutMarks } from '../../src/policy/accentless.js';
import { foldPhrase, foldText } from '../../src/util/fold-marks.js';
import { readClaims } from '../../src/claims/read-claims.js';

const { check, one } = policyChecker('accentless-');

const french = (marks: boolean) => {
  const w = (bare: string, marked: string) => (marks ? marked : bare);
  return [
    `POLITIQUE DE CONFIDENTIALITE DE LA ${w('BOUTIQUE', 'BOUTIQUE')} LES TROIS PINS`, // 1
    '', // 2
    `1. ${w('DESTINATAIRES', 'DESTINATAIRES')}`, // 3
    '', // 4
    `Pour vous livrer, nous transmettons votre nom, votre adresse postale et votre ${w('numero de telephone', 'numéro de téléphone')} ${w('a', 'à')} notre transporteur SwiftShip Logistics, ${w('etabli', 'établi')} aux ${w('Etats-Unis', 'États-Unis')}.`, // 5
    '', // 6
    `2. ${w('DUREE', 'DURÉE')} DE CONSERVATION`, // 7
    '', // 8
    `Les ${w('donnees', 'données')} de livraison sont ${w('conservees', 'conservées')} 180 jours, puis ${w('supprimees', 'supprimées')}.`, // 9
  ].join('\n');
};

describe('a policy typed without diacritics', () => {
  it('reads French written without accents as French with them: the same classes at the same lines', async () => {
    const bare = await check('trois-pins.txt', french(false), ['--region', 'eu', '--locale', 'fr']);
    const marked = await check('trois-pins-accents.txt', french(true), ['--region', 'eu', '--locale', 'fr']);
    for (const aspect of ['recipients', 'transfers', 'retention']) {
      const b = one(bare, 'delivery', aspect);
      const m = one(marked, 'delivery', aspect);
      expect([aspect, b.data.class, b.line]).toEqual([aspect, m.data.class, m.line]);
    }
    // The seat "etabli aux Etats-Unis" is read (it was no place at all without folding).
    expect(one(bare, 'delivery', 'transfers').line).toBe(5);
    expect(one(bare, 'delivery', 'recipients').data.class).toBe('clear');
  });

  it('quotes the policy as written, without marks', async () => {
    const bare = await check('trois-pins-quote.txt', french(false), ['--region', 'eu', '--locale', 'fr']);
    expect(one(bare, 'delivery', 'retention').data.statement).toContain('Les donnees de livraison sont conservees 180 jours');
  });

  it('reads German with its umlauts spelled out ("ae", "ue") or dropped', async () => {
    for (const [name, denial] of [
      ['spelled', 'Wir uebermitteln keine personenbezogenen Daten in Laender ausserhalb der Europaeischen Union.'],
      ['dropped', 'Wir ubermitteln keine personenbezogenen Daten in Lander ausserhalb der Europaischen Union.'],
    ] as const) {
      const text = [
        '# Datenschutz bei Gruenspecht Leuchten', // 1
        '', // 2
        '## Empfaenger', // 3
        '', // 4
        'Der Paketdienst SwiftShip Logistics erhaelt Ihren Namen, Ihre Telefonnummer und Ihre Anschrift fuer die Zustellung.', // 5
        '', // 6
        '## Uebermittlung in Drittlaender', // 7
        '', // 8
        denial, // 9
      ].join('\n');
      const fs = await check(`gruenspecht-${name}.md`, text, ['--region', 'eu', '--locale', 'de']);
      expect([name, one(fs, 'delivery', 'transfers').data.class, one(fs, 'delivery', 'transfers').line]).toEqual([name, 'incorrect', 9]);
    }
  });
});

describe('which texts are read so, and what folding may confuse', () => {
  const fr = loadLocale('fr', ['locales']);
  const vi = loadLocale('vi', ['locales']);

  it('tells a text typed without accents from one that writes them', () => {
    expect(writtenWithoutMarks(french(false), fr)).toBe(true);
    expect(writtenWithoutMarks(french(true), fr)).toBe(false);
    // English has no marked words to miss.
    expect(writtenWithoutMarks('We share your data with our courier and keep it for 180 days.', loadLocale('en', ['locales']))).toBe(false);
  });

  it('folds text code unit for code unit, and phrases with the spellings the language uses', () => {
    const text = 'Données transférées à Łódź, Đà Nẵng';
    expect(foldText(text)).toBe('Donnees transferees a Lodz, Da Nang');
    expect(foldText(text).length).toBe(text.length);
    expect(foldPhrase('Übermittlung in Drittländer außerhalb', { ä: 'ae', ö: 'oe', ü: 'ue' })).toEqual(['Ubermittlung in Drittlander ausserhalb', 'Uebermittlung in Drittlaender ausserhalb']);
  });

  it('leaves out a one-word phrase whose bare form is another word of the language: vi "ban" (you) is no sale', () => {
    const bare = accentlessLocale(vi);
    expect(bare.reader.actions['sell']).not.toContain('ban');
    const read = readClaims('Chung toi gui tin nhan cho ban qua WhatsApp.', bare, { policy: true });
    expect(read.sentences.flatMap((s) => s.mentions).filter((m) => m.kind === 'action' && m.value === 'sell')).toEqual([]);
    // Phrases of several words keep their context: "khong chia se" is a denial of sharing.
    const denial = readClaims('Chung toi khong chia se du lieu ca nhan cua ban.', bare, { policy: true });
    const kinds = denial.sentences.flatMap((s) => s.mentions).map((m) => `${m.kind}:${m.value}`);
    expect(kinds).toContain('action:share');
    expect(kinds).toContain('negation:not');
  });

  it('reads an accented text with the locale as it is', () => {
    expect(accentlessLocale(fr)).not.toBe(fr);
    expect(fr.accentless).toBeUndefined();
  });
});
