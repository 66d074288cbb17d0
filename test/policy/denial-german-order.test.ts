/**
 * German denials in every word order (issue 18): the negation after the object of a main clause
 * ("Wir geben Ihre Daten nie an Dritte weiter", the particle of the separable verb last), the verb
 * before its subject ("Ihre Daten geben wir nicht weiter"), a subordinate clause ("…, dass wir Ihre
 * Daten nicht an Dritte weitergeben") and the passive ("Ihre Daten werden nicht an Dritte
 * weitergegeben") deny sharing as "we never pass on your data" does; "Ihre Daten verkaufen wir
 * nicht" denies a sale, as "we do not sell your data" does, not sharing. Scoped as the English
 * denials are: to a purpose, sensitive data, children, "außer an unseren Paketdienst", "ohne Ihre
 * Einwilligung". Policies in our own words, checked against examples/templates/order_shipped.yaml
 * (courier flow on the contract) and marketing_promotion.yaml (a flow sold to AdReach Media).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, checkText, one, classes: courierClasses } = policyChecker('denial-german-');

const LISTING = 'Unser Paketdienst SwiftShip Logistics erhält Ihren Namen, Ihre Anschrift und Ihre Telefonnummer.';
const policy = (...lines: string[]) => ['# Datenschutz im Kräuterladen', '', '## Empfänger', '', ...lines].join('\n');
const de = ['--region', 'eu', '--locale', 'de'];
let n = 0;
/** The class of the courier flow's recipients: the denial alone, and after the courier is listed. */
const classes = (denial: string) => courierClasses(policy, LISTING, denial, de);

describe('German denials of sharing, in every word order', () => {
  it.each([
    ['the negation after the object, the particle last', 'Wir geben Ihre Daten nie an Dritte weiter.'],
    ['the same with "leiten … weiter" and "niemals"', 'Wir leiten Ihre Daten niemals an Dritte weiter.'],
    ['a verb with no particle', 'Wir teilen Ihre Daten nicht mit Dritten.'],
    ['the verb before its subject', 'Ihre personenbezogenen Daten geben wir nicht weiter.'],
    ['a subordinate clause', 'Wir versichern, dass wir Ihre Daten nicht an Dritte weitergeben.'],
    ['the passive', 'Ihre Daten werden nicht an Dritte weitergegeben.'],
  ])('%s: incorrect alone, ambiguous beside the listed courier', async (_what, denial) => {
    expect(await classes(denial)).toEqual(['incorrect', 'ambiguous']);
  });

  it('the denial is the finding\'s line, with the listing related to it', async () => {
    const f = one(await check('lines.md', policy(LISTING, '', 'Wir geben Ihre Daten nie an Dritte weiter.'), de), 'delivery', 'recipients');
    expect(f).toMatchObject({ ruleId: 'disclosure-ambiguous', line: 7 });
  });
});

describe('scoped as the English denials are', () => {
  it.each([
    ['a purpose', 'Wir geben Ihre Daten nie zu Werbezwecken an Dritte weiter.'],
    ['sensitive data, opening the sentence', 'Sensible Daten geben wir nie an Dritte weiter.'],
    ['children', 'Daten von Kindern unter 16 Jahren geben wir nie an Dritte weiter.'],
    ['an exception for the courier', 'Wir geben Ihre Daten nie an Dritte weiter, außer an unseren Paketdienst.'],
    ['"nicht nur" (not only)', 'Wir geben Ihre Daten nicht nur an den Paketdienst weiter.'],
  ])('%s: the listed courier stays clear', async (_what, denial) => {
    const f = one(await check(`s${n++}.md`, policy(LISTING, '', denial), de), 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
  });

  it('"ohne Ihre Einwilligung" is a consent condition: incorrect for a flow on the contract', async () => {
    expect((await classes('Wir geben Ihre Daten ohne Ihre Einwilligung nie an Dritte weiter.'))[1]).toBe('incorrect');
  });
});

describe('"verkaufen wir nicht" denies a sale, not sharing', () => {
  it('against the courier it denies nothing', async () => {
    for (const denial of ['Ihre Daten verkaufen wir nicht.', 'Wir verkaufen Ihre Daten niemals an Dritte.']) {
      const f = one(await check(`sale${n++}.md`, policy(LISTING, '', denial), de), 'delivery', 'recipients');
      expect(f.data.class, denial).toBe('clear');
    }
  });

  it('against a flow sold to an advertising partner it is the denial it is', async () => {
    const { findings } = await checkText('sold.md', policy('Ihre Daten verkaufen wir nicht.'), de, 'templates/marketing_promotion.yaml');
    // The sale denial is the advertising flow's finding (its recipients), one at the denial (held-out-3 A9).
    const denied = findings.filter((f) => f.ruleId === 'disclosure-incorrect' && f.line === 5);
    expect(denied.map((f) => [f.data.flow, f.data.aspect, f.data.class])).toEqual([['ad_audiences', 'recipients', 'incorrect']]);
  });
});
