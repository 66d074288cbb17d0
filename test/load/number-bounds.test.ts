/**
 * Issue 21, item 4: every number in a template is bounded by what the domain allows, and a number
 * out of range (also .inf and .nan) is E_SCHEMA at its line and column, exit 2, never an internal
 * error or a heap exhaustion. Retention: at most 100 years in its unit. A variable's maxLength: at
 * most the channel's body (WhatsApp 1024, SMS 1530, e-mail 100000).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyExamples } from '../helpers/tree.js';
import fc from 'fast-check';
import { expandedBody, expandedBodyLength } from '../../src/lint/expanded-body.js';
import { characterCount, smsLength } from '../../src/render/message-length.js';
import type { Template } from '../../src/model/types.js';

const ORIGINAL = 'retention: { value: 180, unit: day, from: delivery }';

/** Checks order_shipped changed by `edit` (on a copy of the examples). */
async function checkWith(edit: (yaml: string) => string) {
  const dir = copyExamples();
  const file = path.join(dir, 'templates', 'order_shipped.yaml');
  const yaml = edit(readFileSync(file, 'utf8'));
  writeFileSync(file, yaml);
  const r = await cli(['check', file, '--region', 'sg'], dir);
  return { ...r, yaml, file };
}

/** Line and column (1-based) of the first `needle` in `text`. */
function posOf(text: string, needle: string): string {
  const i = text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

const retention = (value: string, unit: string) => (y: string) => y.replace(ORIGINAL, `retention: { value: ${value}, unit: ${unit}, from: delivery }`);

describe('retention.value', () => {
  for (const [unit, max] of [['hour', 876600], ['day', 36525], ['week', 5217], ['month', 1200], ['year', 100]] as const) {
    it(`${unit}: ${max} is accepted, ${max + 1} is E_SCHEMA at the value`, async () => {
      const ok = await checkWith(retention(String(max), unit));
      expect(ok.err).not.toMatch(/E_SCHEMA|internal error/);
      expect(ok.code).not.toBe(2);
      const bad = await checkWith(retention(String(max + 1), unit));
      expect(bad.code).toBe(2);
      expect(bad.err).toContain(`order_shipped.yaml:${posOf(bad.yaml, String(max + 1))}: error: flows.0.retention.value: ${max + 1} is out of range; it must be at most ${max} [E_SCHEMA]`);
      expect(bad.err).toMatch(/At most 100 years/);
    });
  }
  for (const [value, shown] of [['.inf', '.inf (infinity)'], ['.nan', '.nan (not a number)'], ['1e300', '1e+300']] as const) {
    it(`${value} is E_SCHEMA, not "for ∞ days"`, async () => {
      const r = await checkWith(retention(value, 'day'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`order_shipped\\.yaml:${posOf(r.yaml, value)}: error: flows\\.0\\.retention\\.value: .*\\[E_SCHEMA\\]`));
      if (value !== '.nan') expect(r.err).toContain(shown);
      expect(r.out).not.toContain('∞');
    });
  }
});

describe('variables[].maxLength', () => {
  const maxLength = (v: string, channel = 'whatsapp') => (y: string) => {
    let out = y.replace('maxLength: 30,', `maxLength: ${v},`);
    if (channel !== 'whatsapp') out = out.replace('channel: whatsapp', `channel: ${channel}`).replace(/^buttons:\n(  - .*\n)+/m, '');
    return out;
  };
  for (const [channel, max] of [['whatsapp', 1024], ['sms', 1530], ['email', 100000]] as const) {
    it(`${channel}: ${max} is accepted, ${max + 1} is E_SCHEMA at the value`, async () => {
      const ok = await checkWith(maxLength(String(max), channel));
      expect(ok.err).not.toMatch(/E_SCHEMA|internal error/);
      const bad = await checkWith(maxLength(String(max + 1), channel));
      expect(bad.code).toBe(2);
      expect(bad.err).toContain(`order_shipped.yaml:${posOf(bad.yaml, String(max + 1))}: error: variables.0.maxLength: ${max + 1} is out of range; it must be at most ${max} [E_SCHEMA]`);
    });
  }
  for (const v of ['.inf', '6e8', '130000000']) {
    it(`${v} is E_SCHEMA (was an internal error or a heap exhaustion)`, async () => {
      const r = await checkWith((y) => maxLength(v)(y).replace(/maxLength: (12|20),/g, `maxLength: ${v},`));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`order_shipped\\.yaml:${posOf(r.yaml, v)}: error: variables\\.0\\.maxLength: .* is out of range; it must be at most 1024 \\[E_SCHEMA\\]`));
    });
  }
});

describe('a body that expands past any string', () => {
  it('6,000 placeholders at 100,000 characters (e-mail: 600 million, more than a string holds) is a template-length error with the true length, not an internal error', async () => {
    const dir = copyExamples();
    const file = path.join(dir, 'templates', 'big.yaml');
    writeFileSync(file, [
      'id: big', 'channel: email', 'category: utility', 'language: en',
      'purpose: When an order ships, send the customer who placed it the order number within 1 hour.',
      `body: "${'Hi {{1}} '.repeat(6_000)}"`,
      'variables:', '  - { name: "1", source: customer.first_name, maxLength: 100000, example: Maria }',
      'flows:', '  - { id: d, data: [user.name], purpose: essential.service.order_delivery, legalBasis: contract }', '',
    ].join('\n'));
    const r = await cli(['check', file, '--region', 'sg'], dir);
    expect(r.err).not.toMatch(/internal error/);
    // 6,000 × ("Hi " + 100,000 + " "): every character counted.
    expect(r.out).toContain(`the body is ${6_000 * 100_004} characters with every variable at its maximum length; the email limit is 100000  [template-length]`);
    expect(r.code).toBe(1);
  }, 120_000);
  it('expandedBodyLength measures what expandedBody builds', () => {
    const part = fc.oneof(fc.constantFrom('{{1}}', '{{2}}', '{{name}}', '€', '[', 'é', '😀', ' ', 'a', '\n'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), fc.option(fc.nat({ max: 300 })), fc.option(fc.string({ maxLength: 5 })), (parts, maxLength, example) => {
        const t = { body: parts.join(''), variables: [{ name: '1', ...(maxLength !== null ? { maxLength } : {}), ...(example !== null ? { example } : {}) }, { name: 'name', maxLength: 7 }] } as unknown as Template;
        const built = expandedBody(t);
        expect(expandedBodyLength(t)).toEqual({ characters: characterCount(built), sms: smsLength(built) });
      }),
      { numRuns: 500 },
    );
  });
});
