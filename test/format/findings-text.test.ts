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
});
