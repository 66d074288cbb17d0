/**
 * A period a person's policy states with or without "up to" states the same maximum (issue 18;
 * src/claims/compare.ts `maximum`). Since review 8 EU8-2 the EU clause keeps the advertising data of
 * examples/templates/marketing_promotion.yaml (`ad_audiences`) "for 90 days from collection, or until
 * you withdraw your consent if that is sooner" — a maximum. A policy that says "90 days" states that
 * bound (erasure on withdrawal is the right the rights section states, GDPR Art. 17(1)(b)); it does
 * not contradict the flow. A different bound still does. Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('retention-maximum-');

const policy = (line: string, heading: string) =>
  [
    '# Privacy notice', // 1
    '', // 2
    heading, // 3
    '', // 4
    line, // 5
  ].join('\n');

const run = (name: string, line: string, args: string[] = ['--region', 'eu'], heading = '## How long we keep your data') =>
  checkText(name, policy(line, heading), args, 'templates/marketing_promotion.yaml');
const adRetention = async (...a: Parameters<typeof run>) => onFlow((await run(...a)).findings, 'ad_audiences', 'retention');

describe('a stated period is the maximum of our "up to" period', () => {
  it('English: "Data for personalised advertising on other sites: 90 days from collection" is clear', async () => {
    const [f] = await adRetention('flat-en.md', '- Data for personalised advertising on other sites: 90 days from collection.');
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Italian, the flat period of the fixture before EU8-2: "90 giorni dalla raccolta" is clear', async () => {
    const [f] = await adRetention('flat-it.md', '- Per la pubblicità personalizzata su altri siti: 90 giorni dalla raccolta.', ['--region', 'eu', '--locale', 'it'], '## Per quanto tempo conserviamo i dati');
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a different bound is still a conflict: "180 days from collection" is incorrect', async () => {
    // The root finding of a statement that contradicts several flows names them all.
    const { findings } = await run('longer-en.md', '- Data for personalised advertising on other sites: 180 days from collection.');
    const root = findings.find((f) => f.ruleId === 'disclosure-incorrect' && f.line === 5);
    expect(root?.message).toContain('"ad_audiences"');
  });
});
