/**
 * Issue 18 (RD, stop 26): "outside Europe" in the EU's reader languages (de, es, fr, it, nl, pl), as in English ("based in Europe",
 * policy.outsideWords): a recipient of the flow keeping its data "fuori dall'Europa" says the transfer in broader
 * terms (vague), not nothing. Our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('rd-outside-europe-');

describe('outside Europe is other countries in general', () => {
  it('Italian: "Meta può conservarli anche fuori dall\'Europa": transfers vague', async () => {
    const { code, findings, err } = await checkText('cartoleria.txt', [
      'CARTOLERIA DEL PONTE - PRIVACY', // 1
      '', // 2
      '5.7 Avvisi sugli orari', // 3
      'Il tuo numero di telefono e i messaggi sono inoltrati a Meta Platforms Ireland Limited.', // 4
      'Meta può conservarli anche fuori dall\'Europa, fino a 30 giorni.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'it'], 'templates/service_hours_notice.yaml');
    expect(code, err).toBeLessThan(2);
    expect(one(findings, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 5, data: { class: 'vague' } });
  });
});
