/**
 * A recipient that processes the data gets them, in French, Italian, Dutch, Polish and Malay too
 * (issue 18, held-out-5 cause C7): "Meta Platforms Ireland Limited tratta … il Suo numero" was read
 * as our collecting. reader.yaml `policy.processing` (src/policy/recipient-subject.ts); policies in
 * our own words checked against examples/templates/order_shipped.yaml (Meta's `whatsapp_cloud_api`:
 * phone number and message content).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('processing-words-');

const policy = (heading: string, line: string) => ['# Privacy', '', heading, '', line].join('\n');

describe('the recipient as the subject of a verb of processing', () => {
  it.each([
    ['it', '## Destinatari', 'Per inviarLe gli avvisi, Meta Platforms Ireland Limited tratta per nostro conto il Suo numero di telefono e il testo dei messaggi.'],
    ['nl', '## Ontvangers', 'Voor de berichten verwerkt Meta Platforms Ireland Limited in onze opdracht uw telefoonnummer en de inhoud van de berichten.'],
    ['pl', '## Odbiorcy', 'Meta Platforms Ireland Limited przetwarza w naszym imieniu Twój numer telefonu i treść wiadomości.'],
  ])('%s', async (lng, heading, line) => {
    const fs = await check(`meta-${lng}.md`, policy(heading, line), ['--region', 'eu', '--locale', lng]);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
