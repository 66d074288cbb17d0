/**
 * Malaysia's two languages in a policy document: a policy checked for `my` carries both Malay and
 * English, and the finding says which version is missing (MY PDPA s.7(3)).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';
import { languagesIn } from '../../src/rules/region-element-missing.js';

const dir = mkdtempSync(path.join(tmpdir(), 'disclose-my-'));
const ORG = path.join(EXAMPLES, 'organization.yaml');
const TEMPLATE = path.join(EXAMPLES, 'broken', 'crosscheck-malaysia-one-language.yaml');
const MALAY = readFileSync(path.join(EXAMPLES, 'broken', 'policies', 'notice.my.ms.md'), 'utf8');
const ENGLISH_BODY = `## 5.2 Order delivery
Controller: Nordlicht Commerce GmbH, Friedrichstraße 100, 10117 Berlin, Germany, privacy@nordlicht.example.

For order delivery we process your name and phone number. We store your name and phone number ourselves, at our own establishment in Germany. We keep your name and phone number for 180 days from delivery of the order.

We share personal data with public authorities only for compliance with a legal obligation. We obtain your name and phone number directly from you.
`;

async function companion(policyText: string, locale: string) {
  const file = path.join(dir, `p-${locale}-${policyText.length}.md`);
  writeFileSync(file, policyText);
  const r = await cli(['check', TEMPLATE, '--region', 'my', '--locale', locale, '--policy', file, '--org', ORG, '--format', 'json']);
  const findings = JSON.parse(r.out) as Array<{ ruleId: string; messageId: string; message: string }>;
  return findings.filter((f) => f.messageId === 'companionPolicy');
}

describe('a policy checked for Malaysia carries Malay and English', () => {
  it('Malay only: the English version is missing', async () => {
    const f = await companion(MALAY, 'ms');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/the policy has no English version$/)]);
  });
  it('English only: the Malay version is missing', async () => {
    const f = await companion(`---\nregion: my\nlocale: en\n---\n# Privacy policy\n\n${ENGLISH_BODY}`, 'en');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/the policy has no Malay version$/)]);
  });
  it('both, the English version inside the clause (as disclose writes it): no finding', async () => {
    expect(await companion(`${MALAY}\nEnglish version\n\n${ENGLISH_BODY.replace(/^## .*\n/, '')}`, 'ms')).toEqual([]);
  });
  it('languagesIn reads runs of paragraphs', () => {
    expect([...languagesIn(`${MALAY}\n\n${ENGLISH_BODY}`, ['ms', 'en'])].sort()).toEqual(['en', 'ms']);
    expect([...languagesIn(ENGLISH_BODY, ['ms', 'en'])]).toEqual(['en']);
  });
});
