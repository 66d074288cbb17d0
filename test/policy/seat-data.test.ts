/**
 * Issue 18, transfer causes of held-out-3/4/5: where a named recipient is, is where all the flow gives
 * it goes ("Zendesk, Inc. … receives your name and your messages. Zendesk, Inc. is in the United
 * States"): which data it gets is the recipients aspect's question, not the transfer's
 * (src/policy/recipient-seat.ts dataGivenTo). And the number someone uses on WhatsApp is their phone
 * number ("nomor WhatsApp", "número de WhatsApp"; reader.yaml policy.data). A named recipient that keeps
 * the flow's data in a place says where they go, in any section (a heading on keeping and transfers may
 * read as one on keeping). Policies in our own words, checked against examples/templates/support_followup.yaml
 * (Zendesk in the US) and order_shipped.yaml (Meta Platforms Ireland Limited keeping messages in the US).
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { catalog } = examples();
const { checkText, one } = policyChecker('seat-data-');
const data = (text: string, lng: string) =>
  readClaims(text, catalog.locale(lng), { policy: true })
    .sentences.flatMap((s) => s.mentions)
    .filter((m) => m.kind === 'data')
    .map((m) => m.value);

describe('a named recipient placed somewhere', () => {
  it('Spanish: the support desk named with part of the data, and its country', async () => {
    const { code, findings, err } = await checkText('tazas.md', [
      '# Privacidad en Tazas Mirlo', // 1
      '', // 2
      '## Con quién compartimos datos', // 3
      '', // 4
      'Atendemos tus consultas con Zendesk, Inc., que recibe tu nombre y el contenido de tus mensajes.', // 5
      'Zendesk, Inc. está en Estados Unidos.', // 6
    ].join('\n'), ['--region', 'eu', '--locale', 'es'], 'templates/support_followup.yaml');
    expect(code, err).toBeLessThan(2);
    expect(one(findings, 'support', 'transfers')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });

  it('the number on WhatsApp is the phone number', () => {
    expect(data('Meta menerima nomor WhatsApp Anda.', 'id')).toEqual(['user.contact.phone_number']);
    expect(data('Meta recibe su número de WhatsApp.', 'es')).toEqual(['user.contact.phone_number']);
  });

  it('Indonesian: a named recipient keeping the messages in a place, under a heading on keeping', async () => {
    const { code, findings, err } = await checkText('tenun.md', [
      '# Kebijakan Privasi Toko Tenun Sari', // 1
      '', // 2
      '## Pembagian data', // 3
      '', // 4
      'Meta Platforms Ireland Limited menerima nomor WhatsApp Anda dan isi pesan pengiriman.', // 5
      '', // 6
      '## Penyimpanan data', // 7
      '', // 8
      'Meta Platforms Ireland Limited dapat menyimpan pesan WhatsApp di Amerika Serikat.', // 9
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(code, err).toBeLessThan(2);
    expect(one(findings, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });
});
