/**
 * Issue 18 (RD, stop 26): message content said as "the text of" a message, read as no datum. Each case in our own words:
 *
 * - "The text of" a message noun is message content in Spanish, Italian, French, Dutch and Indonesian as it is
 *   in English ("el texto de los avisos", "il testo del messaggio", "isi percakapan"); a message in the
 *   singular is one ("il messaggio").
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('rd-message-text-');

const NOTICE = 'templates/service_hours_notice.yaml';

describe('the text of a message noun is message content', () => {
  it('Spanish: "Meta … recibe su número de móvil y el texto de los avisos"', async () => {
    const fs = await check('ceramica-sol.md', [
      '# Cerámica Sol: privacidad', // 1
      '', // 2
      '## Avisos de horario por WhatsApp', // 3
      '', // 4
      'Meta Platforms Ireland Limited recibe su número de móvil y el texto de los avisos.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'es'], NOTICE);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Italian: "Meta … riceve il numero di telefono e il testo del messaggio"', async () => {
    const fs = await check('ceramiche-sole.txt', [
      'CERAMICHE SOLE - PRIVACY', // 1
      '', // 2
      '5.7 Avvisi sugli orari', // 3
      'Meta Platforms Ireland Limited riceve il numero di telefono e il testo del messaggio.', // 4
    ].join('\n'), ['--region', 'eu', '--locale', 'it'], NOTICE);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 4, data: { class: 'clear' } });
  });
});
