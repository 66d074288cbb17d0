/**
 * A numbered paragraph's title is its first sentence, the label it opens with (src/policy/outline.ts;
 * held-out-9 katipunan-gadget-clinic, brief RF): in plain text "5.6  Customer support. Questions and
 * complaints become …" with its continuation lines indented is about customer support; its second
 * sentence's "questions" (a word of the contact topic) does not make the footer's §5.6 a part about
 * something else. Our own words, checked against examples/templates/support_followup.yaml (footer §5.6).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check } = policyChecker('numbered-label-');

const TEMPLATE = 'templates/support_followup.yaml';

const policy = (item56: string[]) =>
  [
    'BAYANIHAN PHONE FIX', // 1
    'PRIVACY NOTICE', // 2
    '', // 3
    '5. WHAT WE USE YOUR DATA FOR', // 4
    '', // 5
    '5.1  Repairs. We write down the fault you describe and the device you leave', // 6
    '     with us.', // 7
    ...item56, // 8…
  ].join('\n');

const sectionFindings = (fs: Array<{ ruleId: string; line: number }>) => fs.filter((f) => f.ruleId === 'clause-reference-mismatch' || f.ruleId === 'policy-clause-missing');

describe('a numbered paragraph is titled by its first sentence', () => {
  it('"5.6  Customer support. Questions and complaints …" over indented lines is the support part', async () => {
    const fs = await check('bayanihan.txt', policy([
      '5.6  Customer support. Questions and complaints become support tickets, and', // 8
      '     a few days after we close one we ask on WhatsApp whether all is well.', // 9
    ]), ['--region', 'ph', '--locale', 'en'], TEMPLATE);
    expect(sectionFindings(fs)).toEqual([]);
  });

  it('a part whose label is about something else is still named unrelated', async () => {
    const fs = await check('bayanihan-2.txt', policy([
      '5.6  Security cameras. Our shop records video at the counter, which we keep for', // 8
      '     fourteen days; please ask us if you have questions about the recordings.', // 9
    ]), ['--region', 'ph', '--locale', 'en'], TEMPLATE);
    expect(sectionFindings(fs).map((f) => [f.ruleId, f.line])).toEqual([['clause-reference-mismatch', 8]]);
  });
});
