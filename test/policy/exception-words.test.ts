/**
 * A denial qualified by "except in the cases described" in Italian (issue 18, held-out-5 cause C6):
 * "se non nei casi …" was no exception, so the denial was weighed unqualified against flows the
 * next lines describe (ambiguous). reader.yaml `policy.exceptions`; a policy in our own words checked
 * against examples/templates/order_shipped.yaml (courier flow `delivery`).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('exception-words-');

describe('Italian exceptions to a denial', () => {
  it('"Non cediamo i Suoi dati a terzi, se non nei casi elencati di seguito" contradicts no flow listed after it', async () => {
    const fs = await check('eccezioni.md', [
      '# Informativa sulla privacy', // 1
      '', // 2
      '## A chi comunichiamo i dati', // 3
      '', // 4
      'Non cediamo i Suoi dati a terzi, se non nei casi elencati di seguito.', // 5
      '', // 6
      '- Il corriere SwiftShip Logistics riceve nome, indirizzo e numero di telefono per consegnare il pacco.', // 7
    ].join('\n'), ['--region', 'eu', '--locale', 'it']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 7, data: { class: 'clear' } });
  });
});
