/**
 * Issue 18, held-out-8 (RA-V2, jahitan-seri-kinta): Malay "isi setiap notis" (the contents of each notice) is
 * message content, as "kandungan mesej" is; a notice sent to a customer is a message (ms reader.yaml
 * `policy.messageNouns` + "notis", `policy.data`). Once "selepas mesej dihantar" was read as the event a
 * period runs from, nothing else in the sentence named the messages and Meta's recipients read as vague.
 * Policy in our own words, against examples/templates/service_hours_notice.yaml for Malaysia.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('ms-message-');

describe('ms: the contents of each notice', () => {
  it('"nombor telefon anda dan isi setiap notis" given to Meta: clear', async () => {
    const text = ['# Dasar Privasi', '', '## Penerima', '', 'Untuk menghantar notis, Meta Platforms Ireland Limited menerima nombor telefon anda dan isi setiap notis.'].join('\n');
    const { code, findings, err } = await checkText('ms.md', text, ['--region', 'my', '--locale', 'ms'], 'templates/service_hours_notice.yaml');
    expect(code, err).toBeLessThan(2);
    const fs = findings.filter((f) => f.data.flow === 'whatsapp_cloud_api' && f.data.aspect === 'recipients');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
