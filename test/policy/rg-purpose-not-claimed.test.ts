/**
 * vague-purpose on a policy people wrote names only a purpose the policy claims (stop 27, RG). A phrase in a
 * condition that opens its sentence ("If we want to use it for other purposes, we ask first") is a use not
 * made; one that, with a verb of collecting, modifies data beside it ("other records collected for other
 * purposes") says where those data came from; one in the section on security says who inside may see the
 * data. A catch-all the policy does claim ("we may also use it for other purposes") is still reported.
 * Policies in our own words.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rg-purpose-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function vague(name: string, lines: string[], region: string, locale?: string): Promise<Array<[number, string]>> {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  const args = ['check', path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--region', region, '--policy', file, '--format', 'json'];
  if (locale) args.push('--locale', locale);
  const r = await cli(args);
  expect([0, 1], r.err).toContain(r.code);
  const found = JSON.parse(r.out) as Array<{ ruleId: string; line: number; data: Record<string, unknown> }>;
  return found.filter((x) => x.ruleId === 'vague-purpose').map((x) => [x.line, String(x.data['phrase'])]);
}

describe('vague-purpose: a phrase that names no use the policy claims', () => {
  it('skips a condition that opens its sentence, an origin of other data and the security section (en)', async () => {
    expect(
      await vague('purposes.en.md', [
        '# Privacy at Harrow Lane Bikes', // 1
        '', // 2
        '## How we use your data', // 3
        '', // 4
        'If we ever want to use your details for other purposes, or to combine them with records from our workshop, we will ask you first.', // 5
        '- comparing your order history with other data collected for other purposes by our workshop;', // 6
        'We may also use your details for other purposes.', // 7
        'If you book a repair, we use your details to improve our services.', // 8
        '', // 9
        '## How we protect your data', // 10
        '', // 11
        'Only staff who need your details to improve our services can open them.', // 12
      ], 'eu'),
    ).toEqual([
      [7, 'other purposes'],
      [8, 'improve our services'],
    ]);
  });

  it('reads a heading as the title of its section, not a purpose', async () => {
    expect(
      await vague('purposes-heading.en.md', [
        '# Privacy at Harrow Lane Bikes', // 1
        '', // 2
        '## Who receives data for ordinary business purposes', // 3
        '', // 4
        'We share your details with other companies for business purposes.', // 5
      ], 'eu'),
    ).toEqual([[5, 'business purposes']]);
  });

  it('reads a list item under a parent item on security as that section', async () => {
    expect(
      await vague('purposes-list.en.md', [
        '# Privacy at Harrow Lane Bikes', // 1
        '', // 2
        '1. Uses of your data', // 3
        '   - We use your details to improve our services.', // 4
        '2. Information security', // 5
        '   - We limit access to staff who need your details to improve our services.', // 6
      ], 'eu'),
    ).toEqual([[4, 'improve our services']]);
  });

  it('reads the condition in Chinese, running on past a comma after 或者, and in German', async () => {
    expect(
      await vague('purposes.zh.md', [
        '# 青禾书店隐私政策', // 1
        '', // 2
        '## 我们如何使用您的信息', // 3
        '', // 4
        '若我们要将您的信息用于本政策未列明的用途, 或者用于其他目的, 我们会事先征得您的同意。', // 5
        '我们也可能将您的信息用于其他目的。', // 6
      ], 'china', 'zh-CN'),
    ).toEqual([[6, '其他目的']]);
    expect(
      await vague('purposes.de.md', [
        '# Datenschutz bei Fahrradladen Krause', // 1
        '', // 2
        '## Wofür wir Ihre Daten nutzen', // 3
        '', // 4
        'Falls wir Ihre Daten für andere Zwecke nutzen wollen, fragen wir Sie vorher.', // 5
        'Wir nutzen Ihre Daten auch für andere Zwecke.', // 6
      ], 'eu', 'de'),
    ).toEqual([[6, 'andere Zwecke']]);
  });
});
