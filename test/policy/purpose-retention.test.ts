/**
 * A period of keeping for data named by the purpose they serve (issue 18, held-out-5 cause C1 =
 * held-out-4 B2's remainder): "What we need to ship your order is erased 180 days after delivery"
 * states the courier flow's retention though it names no data and no recipient
 * (src/policy/described-retention.ts). A broader purpose ("for marketing") names no one flow, and a
 * sentence that also names another recipient speaks of that recipient's data. Policies in our own
 * words, checked against examples/templates/order_shipped.yaml (courier flow `delivery`, 180 days from
 * delivery; Meta's `whatsapp_cloud_api`, up to 30 days) and marketing_promotion.yaml (`ad_audiences`,
 * advertising on other sites, 90 days from collection).
 */
import { describe, expect, it } from 'vitest';
import { courierRetentionPolicy as policy, policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { check, checkText, one } = policyChecker('purpose-retention-');
/** The findings of a policy checked against another example template (marketing_promotion by default). */
const marketing = async (name: string, text: string, args: string[], template = 'marketing_promotion'): Promise<PolicyFinding[]> => {
  const { code, findings, err } = await checkText(name, text, args, `templates/${template}.yaml`);
  expect(code, err).toBeLessThan(2);
  return findings;
};

describe('retention of data named by the purpose they serve', () => {
  it('"What we need for the delivery of your order is erased 180 days after delivery" is the courier flow\'s period, not Meta\'s', async () => {
    const fs = await check('ship.md', policy('What we need for the delivery of your order is erased 180 days after delivery.'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 9, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('omitted');
  });

  it('German: "Die Angaben für den Versand löschen wir 180 Tage nach der Zustellung"', async () => {
    const fs = await check('versand.md', policy('Die Angaben für den Versand löschen wir 180 Tage nach der Zustellung.', '## Speicherdauer'), ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });

  it('a sentence that also names another recipient speaks of that recipient\'s data', async () => {
    const fs = await check('other-recipient.md', policy('What we need for the delivery of your order and pass to our payment processor is erased after 5 years.'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'retention').data.class).not.toBe('incorrect');
  });

  it('Italian, the advertising flow: "Per la pubblicità personalizzata su altri siti: 90 giorni dalla raccolta"', async () => {
    const fs = await marketing('pubblicita.md', [
      '# Informativa', // 1
      '', // 2
      '## Per quanto tempo conserviamo i dati', // 3
      '', // 4
      // With the cap the flow declares since review 8 EU8-2 (ad_audiences: 90 days, or until consent is withdrawn).
      '- Per la pubblicità personalizzata su altri siti: 90 giorni dalla raccolta, o fino alla revoca del consenso se anteriore.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'it']);
    expect(one(fs, 'ad_audiences', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a broader purpose ("for marketing") names no one flow', async () => {
    const fs = await marketing('marketing.md', [
      '# Privacy', // 1
      '', // 2
      '## How long we keep it', // 3
      '', // 4
      'Anything we use for marketing is erased 90 days after we collect it.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'ad_audiences', 'retention').data.class).not.toBe('clear');
  });

  it('Malay and Polish words for the purpose: "peringatan SMS" (the reminder flow), "do celów reklamy" (the advertising flow)', async () => {
    const ms = await marketing('peringatan.txt', [
      'DASAR PRIVASI', // 1
      '', // 2
      '1. TEMPOH PENYIMPANAN', // 3
      '', // 4
      'Maklumat bagi peringatan SMS dihapuskan 30 hari selepas tarikh temu janji.', // 5
    ].join('\n'), ['--region', 'my', '--locale', 'ms'], 'appointment_reminder');
    expect(one(ms, 'reminder', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
    const pl = await marketing('reklama.md', [
      '# Polityka prywatności', // 1
      '', // 2
      '## Jak długo przechowujemy dane', // 3
      '', // 4
      '- dane zebrane do celów reklamy w innych aplikacjach – maksymalnie 90 dni od ich zebrania (krócej, jeżeli wcześniej wycofasz zgodę).', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'pl']);
    expect(one(pl, 'ad_audiences', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
