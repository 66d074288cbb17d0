/**
 * exclusivity-contradicted reads no promise from an "only" whose subject is the person the text
 * speaks to (issue 18: a policy line of practo.com (2012, ../shared/corpus), "Verification of credit
 * information … is accomplished solely by the User", was read as "personal data is used only for
 * account verification" and contradicted by the courier flow). Sentences in our own words.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findings } from '../helpers/check-case.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES, ROOT } from '../helpers/examples.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { readClaims, type Sentence } from '../../src/claims/read-claims.js';
import { aboutPerson, loadPersonWords, personWords } from '../../src/rules/exclusivity-person.js';
import { DiscloseError } from '../../src/errors.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'exclusivity-person-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const catalog = loadCatalog({});
/** The case template's flow uses the phone number for order delivery: "only for account verification" of ours is broken by it. */
const only = (policy: string, region = 'eu', locale?: string) => findings('exclusivity-contradicted', { region, ...(locale ? { locale } : {}), policy });

/** The sentence's exclusive claim as the reader reads it: the rule has something to weigh. */
function exclusiveClaim(text: string, lng: string) {
  const read = readClaims(text, catalog.locale(lng), { policy: true });
  return read.claims.find((c) => c.exclusive && c.purpose && !c.negated);
}

describe('exclusivity-contradicted: whose "only" it is', () => {
  const cases: Array<{ lng: string; region: string; ours: string; users: string }> = [
    { lng: 'en', region: 'eu', ours: 'We use your phone number only for account verification.', users: 'Your phone number is used for account verification solely by you.' },
    { lng: 'en', region: 'eu', ours: 'We use your phone number exclusively for account verification.', users: 'Only you use your phone number for account verification.' },
    { lng: 'de', region: 'eu', ours: 'Wir verwenden Ihre Telefonnummer ausschließlich zur Kontoverifizierung.', users: 'Ihre Telefonnummer wird ausschließlich durch Sie zur Kontoverifizierung verwendet.' },
    { lng: 'ms', region: 'my', ours: 'Kami menggunakan nombor telefon anda hanya untuk pengesahan akaun.', users: 'Nombor telefon anda digunakan untuk pengesahan akaun oleh anda sahaja.' },
  ];
  for (const c of cases) {
    it(`${c.lng}: "${c.users}" promises nothing of ours; "${c.ours}" does`, () => {
      // Both read as an exclusive claim: the difference is the rule's, not the reader's.
      expect(exclusiveClaim(c.users, c.lng)).toBeDefined();
      expect(exclusiveClaim(c.ours, c.lng)).toBeDefined();
      expect(only(c.users, c.region, c.lng)).toEqual([]);
      const f = only(c.ours, c.region, c.lng);
      expect(f.length).toBe(1);
      expect(f[0]!.data['other']).toBe('essential.service.order_delivery');
    });
  }

  it('"only the user data we need" is about the data, not the user: still a promise', () => {
    const text = 'Only the user data we need is used for account verification.';
    expect(exclusiveClaim(text, 'en')).toBeDefined();
    expect(only(text).length).toBe(1);
  });

  it('a sentence with one "only" of ours and one of the user\'s still promises', () => {
    const text = 'We use your phone number only for account verification, which is done solely by you.';
    expect(only(text).length).toBe(1);
  });

  it('through check --policy: a policy line in the shape of practo.com\'s gives no exclusivity finding', async () => {
    const write = (name: string, line: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, ['# Privacy', '', '## Payments', '', `We may ask for your card details to bill your orders. ${line}`, ''].join('\n'));
      return file;
    };
    const run = async (file: string) => {
      const r = await cli(['check', path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--policy', file, '--region', 'eu', '--format', 'json']);
      expect(r.code, r.err).toBe(1);
      return (JSON.parse(r.out) as Array<{ ruleId: string; line: number }>).filter((f) => f.ruleId === 'exclusivity-contradicted');
    };
    expect(await run(write('users.md', 'Your personal data is used for account verification solely by you.'))).toEqual([]);
    expect((await run(write('ours.md', 'We use your personal data solely for account verification.'))).map((f) => f.line)).toEqual([5]);
  });
});

describe('aboutPerson and the phrase files', () => {
  const sentence = (text: string, lng: string): Sentence => readClaims(text, catalog.locale(lng), { policy: true }).sentences[0]!;
  const onlyIn = (s: Sentence) => s.mentions.find((m) => m.kind === 'exclusive')!;

  it('needs whole words: "the user\'s address" is not "the user"', () => {
    const s = sentence("We share only the user's address with the courier.", 'en');
    expect(aboutPerson(s, onlyIn(s), personWords(catalog, 'en'))).toBe(false);
    const t = sentence('Only the user can change the delivery address.', 'en');
    expect(aboutPerson(t, onlyIn(t), personWords(catalog, 'en'))).toBe(true);
  });

  it('reads scripts without spaces without word boundaries (Chinese, Thai)', () => {
    const zh = '您的手机号码仅由您本人用于账户验证。';
    const s: Sentence = { text: zh, start: 0, end: zh.length, mentions: [{ kind: 'exclusive', value: 'only', start: zh.indexOf('仅'), end: zh.indexOf('仅') + 1 }], durations: [], claims: [] };
    expect(aboutPerson(s, s.mentions[0]!, personWords(catalog, 'zh-CN'))).toBe(true);
    const th = 'ข้อมูลนี้ถูกใช้โดยผู้ใช้เท่านั้น';
    const at = th.indexOf('เท่านั้น');
    const t: Sentence = { text: th, start: 0, end: th.length, mentions: [{ kind: 'exclusive', value: 'only', start: at, end: at + 'เท่านั้น'.length }], durations: [], claims: [] };
    expect(aboutPerson(t, t.mentions[0]!, personWords(catalog, 'th'))).toBe(true);
  });

  it('every locale with a reader has its phrases, and a bad file is an E_SCHEMA error naming it', () => {
    for (const lng of catalog.locales) expect(personWords(catalog, lng).after.length, lng).toBeGreaterThan(0);
    const own = path.join(dir, 'locales');
    const bad = path.join(own, 'en');
    mkdirSync(bad, { recursive: true });
    writeFileSync(path.join(bad, 'exclusivity.yaml'), 'person:\n  after: by you\n');
    let error: unknown;
    try {
      loadPersonWords('en', [own]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiscloseError);
    expect((error as DiscloseError).code).toBe('E_SCHEMA');
    expect(String((error as Error).message)).toMatch(/person\.after: expected a list of phrases/);
    // A project's folder adds to ours.
    writeFileSync(path.join(bad, 'exclusivity.yaml'), 'person:\n  after: [by the shopper]\n');
    expect(loadPersonWords('en', [path.join(ROOT, 'locales'), own]).after).toEqual(expect.arrayContaining(['by you', 'by the shopper']));
  });
});
