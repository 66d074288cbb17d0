/**
 * A locale the policy declares that its words plainly contradict is bad input (issue 18, "Bad input"):
 * "locale: en" in the front matter of a Swedish text was trusted, and the text read through English
 * words gave nonsense. Now the run stops (exit 2) naming the file and line of the declaration, the
 * declared and the detected language and what to do (src/policy/policy-target.ts, the threshold in
 * languages/function-words.yaml `declared`). A text too short to tell stays trusted. Texts in our own
 * words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('declared-locale-');

const front = (locale: string, body: string) => ['---', 'region: eu', `locale: ${locale}`, '---', '', body].join('\n');

const SWEDISH = [
  '# Integritetspolicy',
  '',
  'Vi på Lilla Vävboden tar hand om dina personuppgifter. När du beställer garn från vår webbutik sparar vi ditt namn,',
  'din adress och ditt telefonnummer. Vi använder uppgifterna för att skicka din beställning och för att svara på dina',
  'frågor. Vi delar dem med det fraktbolag som levererar paketet till dig. Du kan när som helst be oss att radera dina',
  'uppgifter, och du har rätt att klaga hos Integritetsskyddsmyndigheten om du tycker att vi gör fel.',
].join('\n');

const ENGLISH = [
  '# Privacy at Lantern Lane Books',
  '',
  'When you order books from our web shop we keep your name, your postal address and your phone number. We use them to',
  'send you your parcel and to answer your questions, and we give them to the courier that brings the parcel to you.',
  'You can ask us at any time to delete your data, and you may complain to the data protection authority of your country.',
].join('\n');

describe('a declared locale the text contradicts', () => {
  it('stops the run for a Swedish text declared English, at the declaration', async () => {
    const r = await checkText('sv-as-en.md', front('en', SWEDISH), []);
    expect(r.code).toBe(2);
    expect(r.err).toContain('sv-as-en.md:3:');
    expect(r.err).toContain('E_UNKNOWN_LOCALE');
    expect(r.err).toMatch(/declares locale English \(en\), but its text is written in Swedish \(sv\)/);
    expect(r.err).toMatch(/no reader for Swedish \(sv\)/);
  });

  it('stops the run for an English text declared German, naming the locale to declare', async () => {
    const r = await checkText('en-as-de.md', front('de', ENGLISH), []);
    expect(r.code).toBe(2);
    expect(r.err).toContain('E_USAGE');
    expect(r.err).toMatch(/declares locale German \(de\), but its text is written in English \(en\)/);
    expect(r.err).toContain('"locale: en"');
  });

  it('trusts the declaration of a text too short to tell, and one that agrees', async () => {
    const short = await checkText('short.md', front('en', '# Integritetspolicy\n\nVi sparar ditt namn och ditt telefonnummer för att skicka din beställning.'), []);
    expect(short.code, short.err).toBeLessThan(2);
    const agrees = await checkText('en.md', front('en', ENGLISH), []);
    expect(agrees.code, agrees.err).toBeLessThan(2);
  });
});
