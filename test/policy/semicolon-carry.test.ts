/**
 * A clause after ";" that leaves out what the clause before said (issue 18, held-out-4 C16): its verb
 * ("le richieste … sono cancellate due anni dopo …; i dati di spedizione 180 giorni dopo la consegna":
 * the shipping data are deleted too) or its subject, in languages that drop a subject pronoun ("Meta … –
 * dostawca komunikatora; otrzymuje Twój numer telefonu …": Meta receives them). Policies in our own
 * words, checked against examples/templates/order_shipped.yaml (courier flow `delivery`, 180 days from
 * delivery; Meta's `whatsapp_cloud_api`, the phone number and message content).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('semicolon-carry-');

describe('a clause after ";" carries the verb or the subject of the one before', () => {
  it('Italian: the verb of deleting carried to "i dati di spedizione 180 giorni dopo la consegna"', async () => {
    const fs = await check('it.md', [
      '# Informativa sulla privacy', // 1
      '', // 2
      '## A chi comunichiamo i dati', // 3
      '', // 4
      'Il corriere riceve il tuo nome, il tuo indirizzo e il tuo numero di telefono per consegnarti il pacco.', // 5
      '', // 6
      '## Per quanto tempo conserviamo i dati', // 7
      '', // 8
      'Le fatture sono cancellate dieci anni dopo la loro emissione; i dati di spedizione 180 giorni dopo la consegna.', // 9
    ].join('\n'), ['--region', 'eu', '--locale', 'it']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });

  it('Polish: "…; otrzymuje Twój numer telefonu i treść wiadomości" is what Meta, named before the ";", receives', async () => {
    const fs = await check('pl.md', [
      '# Polityka prywatności', // 1
      '', // 2
      '## Komu przekazujemy dane', // 3
      '', // 4
      '- Meta Platforms Ireland Limited – operator usługi WhatsApp, przez którą wysyłamy powiadomienia; otrzymuje Twój numer telefonu i treść wiadomości.', // 5
      '- Firma kurierska otrzymuje Twoje imię i nazwisko, adres i numer telefonu, aby doręczyć przesyłkę.', // 6
    ].join('\n'), ['--region', 'eu', '--locale', 'pl']);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
