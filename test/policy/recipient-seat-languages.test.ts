/**
 * Issue 18, held-out-4 cause A4 in the seven languages whose reader got a `policy:` block this
 * session (fr, it, nl, pl, th, vi, ms): where a flow's recipient is established or located ("établi
 * aux États-Unis", "ha sede negli Stati Uniti", "gevestigd in de Verenigde Staten", "ma siedzibę w
 * Stanach Zjednoczonych", "มีสำนักงานใหญ่อยู่ที่สหรัฐอเมริกา", "có trụ sở tại Hoa Kỳ", "beribu pejabat
 * di Amerika Syarikat") is where the data it gets goes (reader.yaml policy.established/located,
 * src/policy/recipient-seat.ts). Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (courier SwiftShip Logistics in the US).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('recipient-seat-languages-');

const cases: Array<[string, string, string[]]> = [
  ['fr', '## Destinataires\n\nNotre transporteur SwiftShip Logistics reçoit votre nom, votre adresse postale et votre numéro de téléphone. SwiftShip Logistics est établi aux États-Unis.', ['--region', 'eu', '--locale', 'fr']],
  ['it', '## Destinatari\n\nIl nostro corriere SwiftShip Logistics riceve il vostro nome, il vostro indirizzo postale e il vostro numero di telefono. SwiftShip Logistics ha sede negli Stati Uniti.', ['--region', 'eu', '--locale', 'it']],
  ['nl', '## Ontvangers\n\nOnze koerier SwiftShip Logistics ontvangt uw naam, uw postadres en uw telefoonnummer. SwiftShip Logistics is gevestigd in de Verenigde Staten.', ['--region', 'eu', '--locale', 'nl']],
  ['pl', '## Odbiorcy\n\nNasza firma kurierska SwiftShip Logistics otrzymuje Twoje imię i nazwisko, adres pocztowy i numer telefonu. SwiftShip Logistics ma siedzibę w Stanach Zjednoczonych.', ['--region', 'eu', '--locale', 'pl']],
  ['ms', '## Penerima\n\nSyarikat kurier kami SwiftShip Logistics menerima nama, alamat pos dan nombor telefon anda. SwiftShip Logistics beribu pejabat di Amerika Syarikat.\n\n## Penyimpanan\n\nSemua rekod kami disimpan di pelayan di Jerman.', ['--region', 'my', '--locale', 'ms']],
];

describe('a recipient seated or located somewhere, in the new reader languages', () => {
  for (const [lng, body, args] of cases) {
    it(`${lng}: the seat is where the courier's data goes`, async () => {
      const fs = await check(`seat.${lng}.md`, `# Privacy\n\n${body}\n`, args);
      const f = one(fs, 'delivery', 'transfers');
      expect(f.data.class, f.data.statement).toBe('clear');
      expect(f.line).toBe(5);
    });
  }
});
