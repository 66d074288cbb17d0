/**
 * Messages named on their own are message content in the Spanish, French and Italian policy readers,
 * as "messages" is in English and "Nachrichten" in German (issue 18, held-out-4 cause B9): a period
 * left to the provider's own criteria for them ("Mensajes de WhatsApp: los plazos que fije el
 * proveedor de mensajería") is a vague retention statement, not nothing. Policies in our own words,
 * checked against examples/templates/order_shipped.yaml (Meta keeps message content up to 30 days).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('message-words-');

describe('messages on their own are message content (es, fr, it)', () => {
  for (const [lng, heading, line] of [
    ['es', '## Conservación', 'Mensajes de WhatsApp: el tiempo que decida el proveedor de mensajería.'],
    ['fr', '## Durée de conservation', 'Messages WhatsApp : la durée que décide la plateforme de messagerie.'],
    ['it', '## Conservazione', 'Messaggi WhatsApp: il tempo deciso dalla piattaforma di messaggistica.'],
  ] as const) {
    it(`${lng}: "${line}" is a vague retention statement for Meta's flow`, async () => {
      const fs = await check(`${lng}.md`, ['# Privacy', '', heading, '', line].join('\n'), ['--region', 'eu', '--locale', lng]);
      expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 5, data: { class: 'vague' } });
    });
  }
});
