/**
 * What a sentence that asks discloses, and how a sentence under a denial is said (stop 27, RG). A question
 * ("Will we pass your phone number to outside parties?", a heading that asks) states nothing. A party the policy
 * gives the flow's data to instead, listed under a denial, is said in words, not as a bare "omitted:", and a
 * name with a possessive ("a Rider's name") is whose data they are, not that party. Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const policy = policyChecker('rg-question-');

interface Found {
  ruleId: string;
  line: number;
  message: string;
  data: Record<string, unknown>;
}

/** The policy's lines checked against order_shipped.yaml for eu (the exit code must be 0 or 1). */
async function check(name: string, lines: string[]): Promise<Found[]> {
  return (await policy.check(name, lines.join('\n') + '\n', ['--region', 'eu'])) as unknown as Found[];
}

const messenger = (found: Found[]) => found.filter((f) => f.data['flow'] === 'whatsapp_messenger' && f.data['aspect'] === 'recipients').map((f) => [f.data['class'], f.line]);

const head = ['# Privacy at Harrow Lane Bikes', '', 'Harrow Lane Bikes sells and repairs bicycles in Leeds.', ''];

describe('a question discloses nothing; a related sentence is said in words', () => {
  it('reads a question as stating nothing', async () => {
    const found = await check('question.en.md', [
      ...head, // 1-4
      'Will we pass your phone number to outside parties? The answer depends on what you order.', // 5
    ]);
    expect(messenger(found)).toEqual([['omitted', expect.any(Number)]]);
    expect(found.some((f) => f.line === 5 && f.ruleId === 'disclosure-vague')).toBe(false);
  });

  it('says in words whom a denial\'s related sentence gives the data to', async () => {
    const found = await check('denial.en.md', [
      ...head, // 1-4
      '## Sharing', // 5
      '', // 6
      'We will not share your details with others in ways different from what this policy describes.', // 7
      'We may give your name and phone number to Brookfield Cycles Club for its ride calendar.', // 8
    ]);
    const root = found.find((f) => f.ruleId === 'disclosure-incorrect' && f.line === 7);
    expect(root).toBeDefined();
    const related = (root!.data['related'] as Array<{ line: number; message?: string }>).find((r) => r.line === 8);
    expect(related?.message).toMatch(/^gives this data to Brookfield Cycles Club, where flow "delivery" declares SwiftShip Logistics: "We may give your name and phone number to Brookfield Cycles Club/);
  });

  it('takes a name with a possessive as whose data they are, not as the party given them', async () => {
    const found = await check('possessive.en.md', [
      ...head, // 1-4
      '## Sharing', // 5
      '', // 6
      'We will not share your details with others in ways different from what this policy describes.', // 7
      "We may give a Rider's name and phone number to other registered Riders for group rides.", // 8
    ]);
    const root = found.find((f) => f.ruleId === 'disclosure-incorrect' && f.line === 7);
    const related = (root?.data['related'] as Array<{ line: number; message?: string }> | undefined)?.find((r) => r.line === 8);
    expect(related?.message).toMatch(/^gives this data to Riders, where flow "delivery" declares SwiftShip Logistics/);
  });
});
