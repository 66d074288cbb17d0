import { describe, expect, it } from 'vitest';
import { formatFindingsText } from '../../src/format/findings-text.js';
import type { Finding } from '../../src/check/finding.js';

describe('formatFindingsText', () => {
  it('shows control characters and direction overrides quoted from the input as escapes', () => {
    const finding: Finding = { ruleId: 'template-links', severity: 'error', messageId: 'x', message: 'the link "\u001b[2Jx\u202e" is not https', data: {}, file: '/p/t.yaml', line: 3, column: 4, fix: 'remove \u0007' };
    const text = formatFindingsText([finding], '/p');
    expect(text).toContain('t.yaml:3:4  error   the link "\\u001b[2Jx\\u202e" is not https  [template-links]');
    expect(text).toContain('    fix: remove \\u0007');
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('lists the findings grouped under a root below it, each at its place, before the fix', () => {
    const root: Finding = {
      ruleId: 'disclosure-ambiguous', severity: 'error', messageId: 'policy', message: 'line 9 denies what line 4 discloses', file: '/p/policy.md', line: 9, column: 1, template: 'order_shipped', region: 'eu', locale: 'en', fix: 'limit the denial',
      data: { flow: 'delivery', aspect: 'recipients', related: [{ class: 'vague', line: 4, column: 3, statement: 'Couriers get your address.\u001b[2J' }, { element: 'retention_period', article: 'Art. 13(2)(a) GDPR', topic: 'retention', line: 12, column: 4 }, { class: 'vague' }] },
    };
    const lines = formatFindingsText([root], '/p').split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'policy.md:9:1  error   line 9 denies what line 4 discloses  [disclosure-ambiguous] (order_shipped · eu · en)',
      '    related  policy.md:4:3  discloses flow "delivery" (recipients, vague): "Couriers get your address.\\u001b[2J"',
      '    related  policy.md:12:4  missing: retention_period (Art. 13(2)(a) GDPR); it belongs in this retention section',
      '    fix: limit the denial',
    ]);
    // --quiet hides a warning with what is grouped under it; the counts still count it.
    const quiet = formatFindingsText([{ ...root, severity: 'warning' }], '/p', { quiet: true });
    expect(quiet).not.toContain('related');
    expect(quiet).toContain('1 finding: 0 errors, 1 warning');
  });
});
