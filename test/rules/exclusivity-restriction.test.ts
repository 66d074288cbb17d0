/**
 * exclusivity-contradicted weighs only a restriction the text makes: the "only" and the purpose in one
 * clause, or an "only" clause that leads into a list ("only for the following purposes:"). Shapes seen
 * in held-out policies (stop 25, RC): a list item's purpose read after the lead-in "We collect only
 * what we need to quote, build and deliver your piece:" (oak-knoll-upholstery, held-out-11); "les
 * sous-traitants suivants, qui agissent uniquement sur nos instructions :" over a "Livraison" item
 * (atelier-bleu-indigo, held-out-5); a label "物流配送" before "…，仅用于派件及联系您" (zhuxi-taofang,
 * held-out-6). Policies in our own words, checked against examples/templates/order_shipped.yaml, whose
 * flows use the phone number for order delivery and message transmission.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { personWords, restriction } from '../../src/rules/exclusivity-person.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'exclusivity-restriction-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Found {
  ruleId: string;
  line: number;
  message: string;
  data: Record<string, unknown>;
}

async function only(name: string, lines: string[], region = 'eu', locale?: string): Promise<Found[]> {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  const r = await cli(['check', path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--policy', file, '--region', region, ...(locale ? ['--locale', locale] : []), '--format', 'json']);
  expect(r.code, r.err).toBe(1);
  return (JSON.parse(r.out) as Found[]).filter((f) => f.ruleId === 'exclusivity-contradicted');
}

const catalog = loadCatalog({});

describe('exclusivity-contradicted: the restriction is the "only" clause\'s own', () => {
  it('a purpose read from a list item under "We collect only what we need to …:" is no restriction', async () => {
    const lines = [
      '# Privacy at Linden Frames', // 1
      '', // 2
      '## What we collect', // 3
      '', // 4
      'We collect only what we need to measure, frame and hang your pictures:', // 5
      '', // 6
      '- your phone number, for account verification', // 7
    ];
    // The reader reads the item after the lead-in as an exclusive claim with that purpose …
    const s = readClaims('We collect only what we need to measure, frame and hang your pictures: your phone number, for account verification', catalog.locale('en'), { policy: true }).sentences[0]!;
    expect(s.claims.some((c) => c.exclusive && c.purpose)).toBe(true);
    const purpose = s.claims.find((c) => c.exclusive && c.purpose)!.purpose!;
    // … but the "only" restricts the lead-in's own words, which name no purpose.
    expect(restriction(s, s.mentions.filter((m) => m.kind === 'exclusive'), purpose, personWords(catalog, 'en'))).toBeUndefined();
    expect(await only('collect.en.md', lines)).toEqual([]);
  });

  it('"… who act only on our instructions:" over an item labelled with a purpose restricts how they act, not the purpose', async () => {
    expect(
      await only('instructions.en.md', [
        '# Privacy at Linden Frames', // 1
        '', // 2
        '## Who receives your data', // 3
        '', // 4
        'Our staff and the following processors, who act only on our instructions:', // 5
        '', // 6
        '- Account verification: our service provider receives your phone number', // 7
      ]),
    ).toEqual([]);
  });

  it('a purpose named before the colon of a label is not what "only" after it restricts to', async () => {
    expect(
      await only('label.en.md', [
        '# Privacy at Linden Frames', // 1
        '', // 2
        '## Who receives your data', // 3
        '', // 4
        '- Account verification: our service provider receives your phone number and uses it only to hand over the parcel.', // 5
      ]),
    ).toEqual([]);
  });

  it('the same words in one clause are a restriction, and the message quotes them', async () => {
    const f = await only('plain.en.md', ['# Privacy at Linden Frames', '', '## Your phone number', '', 'We use your phone number solely for account verification.']);
    expect(f.map((x) => x.line)).toEqual([5]);
    expect(f[0]!.message).toBe('the text restricts your phone number: "solely for account verification", but flow "delivery" uses it for order delivery');
    expect(f[0]!.data['quote']).toBe('solely for account verification');
  });

  it('"only for the following purpose:" leads into the list: the item\'s purpose is the restriction, quoted from the "only" on', async () => {
    const f = await only('forward.en.md', ['# Privacy at Linden Frames', '', '## Your phone number', '', 'We use your phone number only for the following purpose:', '', '- account verification']);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.line).toBe(5);
    expect(f[0]!.data['quote']).toBe('only for the following purpose: account verification');
  });

  it('zh-CN: "仅用于" with the purpose in its own clause is a restriction; after a label naming the purpose, it is none', async () => {
    const intro = '林间画框工作室重视您的个人信息，并依照《中华人民共和国个人信息保护法》处理您的个人信息。请您在下单前仔细阅读本政策。';
    const own = await only('own.zh.md', ['# 隐私政策', '', intro, '', '## 手机号码', '', '我们收集您的手机号码，仅用于账户验证。'], 'china', 'zh-CN');
    expect(own.length).toBeGreaterThan(0);
    expect(own[0]!.data['quote']).toBe('仅用于账户验证');
    expect(await only('label.zh.md', ['# 隐私政策', '', intro, '', '## 我们如何提供您的个人信息', '', '1. **账户验证**', '   - 服务商会收到您的手机号码，仅用于派件。'], 'china', 'zh-CN')).toEqual([]);
  });
});
