import { describe, expect, it } from 'vitest';
import { caseTemplate, caseYaml, expected, renderFindings, type LintCase } from '../helpers/lint-case.js';
import { caseProject } from '../helpers/check-case.js';

const RULE = 'data-processing-summary';

const valid: LintCase[] = [
  { name: 'no footer of its own: disclose generates one', change: () => {}, expect: [] },
  { name: 'the seed article\'s summary', change: (t) => { t.footer = 'We use your address only for delivery. Privacy §5.2'; }, expect: [] },
  { name: 'a sharing statement and the clause number', change: (t) => { t.footer = 'Phone number shared with courier SwiftShip. Privacy §5.2'; }, expect: [] },
  { name: 'disclose\'s own shortest form', change: (t) => { t.footer = 'How we use your data: Privacy §5.2'; }, expect: [] },
  { name: 'the policy link instead of the number', change: (t) => { t.footer = 'We use your address only for delivery: nrdl.example/p'; t.channel = 'sms'; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'a footer with neither use nor reference', change: (t) => { t.footer = 'Thanks for shopping with us!'; }, expect: [['noReference', 'footer:'], ['noUse', 'footer:']] },
  { name: 'a reference without a statement of use', change: (t) => { t.footer = 'Details: Privacy §5.2'; }, expect: [['noUse', 'footer:']] },
  { name: 'a statement of use without a reference', change: (t) => { t.footer = 'We use your address only for delivery.'; }, expect: [['noReference', 'footer:']] },
];

describe(RULE, () => {
  for (const c of valid) it(`valid: ${c.name}`, () => expect(renderFindings(RULE, caseYaml(c.change))).toEqual([]));
  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const yaml = caseYaml(c.change);
      expect(renderFindings(RULE, yaml)).toEqual(expected(yaml, c));
    });
  }
  it('reads a footer in the template\'s language, whichever locale is rendered', () => {
    const yaml = caseYaml((t) => { t.footer = 'We use your address only for delivery. Privacy §5.2'; });
    for (const region of ['california', 'sg', 'china']) expect(renderFindings(RULE, yaml, region)).toEqual([]);
  });
});

describe(`${RULE}: the fix names the reference in the footer's language`, () => {
  const fixOf = (language: string, footer: string, region: string, locale: string): string | undefined => {
    const p = caseProject();
    const yaml = caseYaml((t) => { t.language = language; t.footer = footer; });
    const out = p.render(caseTemplate(yaml), { region: p.catalog.region(region), locale }).findings;
    return out.find((f) => f.ruleId === RULE && f.messageId === 'noReference')?.fix;
  };
  it('a German footer rendered in German is asked for "Datenschutzhinweise Ziff. n"', () => {
    expect(fixOf('de', 'Wir verwenden Ihre Adresse nur für die Zustellung.', 'eu', 'de')).toMatch(/^End the footer with "Datenschutzhinweise Ziff\. [\d.]+"\.$/);
  });
  it('a French footer rendered in English is asked for the French form, not "Privacy §n"', () => {
    const fix = fixOf('fr', 'Nous utilisons votre adresse uniquement pour la livraison.', 'eu', 'en');
    expect(fix).toMatch(/point [\d.]+"\.$/);
    expect(fix).not.toContain('§');
  });
  it('an English footer keeps "Privacy §n"', () => {
    expect(fixOf('en', 'We use your address only for delivery.', 'eu', 'en')).toMatch(/^End the footer with "Privacy §[\d.]+"\.$/);
  });
});
