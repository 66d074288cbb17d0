/**
 * Issue 18, held-out-4 cause B10 and held-out-5 cause C10: a policy that names WhatsApp only as the
 * way its messages go ("eine Nachricht über WhatsApp", "qua ứng dụng WhatsApp") says, in broader
 * terms, that the messenger's provider gets them: a vague disclosure of the WhatsApp flow's
 * recipient (Meta Platforms Ireland Limited), as the annotations of both sets judge it; a policy that
 * never names the channel leaves the flow omitted. Policies in our own words, checked against
 * examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('channel-named-');

const policy = (line: string) => ['# Datenschutz bei der Töpferei Lindgrün', '', '## Versand', '', 'Ihre Bestellung bringt der Paketdienst SwiftShip Logistics, der dafür Ihren Namen, Ihre Anschrift und Ihre Telefonnummer erhält.', line].join('\n');

describe('the channel named as the way messages go', () => {
  it('is a vague disclosure of the WhatsApp flow, at its line', async () => {
    const fs = await check('lindgruen.md', policy('Ist das Paket verschickt, senden wir Ihnen eine kurze Nachricht über WhatsApp.'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 6, data: { class: 'vague' } });
  });

  it('a policy that never names it leaves the flow omitted', async () => {
    const fs = await check('lindgruen-ohne.md', policy('Ist das Paket verschickt, senden wir Ihnen eine kurze Nachricht.'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients').data.class).toBe('omitted');
  });
});
