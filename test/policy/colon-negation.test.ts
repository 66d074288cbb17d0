/**
 * Issue 18, held-out-5 cause C17: a negation is not carried across a colon. "Sus datos no salen del
 * Espacio Económico Europeo: los SMS se envían desde Suecia y el programa de citas está alojado en
 * Alemania" — the clause after the colon explains the one before; it stores the data in Sweden and
 * Germany, it does not deny it (a policy people wrote only). A negation after the colon, or a verb
 * before it, still denies. Of such a statement naming two places for the data, the one that matches the
 * flow's storage says where the data are; the other is no contradiction (src/claims/compare.ts, policies
 * people wrote only). Sentences in our own words.
 */
import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { catalog } = examples();
const { checkText, one } = policyChecker('colon-negation-');
const read = (text: string, lng: string) => readClaims(text, catalog.locale(lng), { policy: true }).claims.map(describeClaim).sort();

describe('a negation before a colon', () => {
  it('does not deny the explaining clause after it', () => {
    expect(read('Sus datos nunca salen de Europa: el programa de reservas está alojado en Alemania.', 'es')).toEqual(['store user in DE']);
    expect(read('Your data never leave Europe: our booking system is hosted in Germany.', 'en')).toEqual(['store user in DE']);
  });

  it('still denies a verb in its own clause, or after the colon', () => {
    expect(read('We never store your data: not in Germany, not anywhere.', 'en')).toEqual(['not store user in DE']);
    expect(read('Important: we do not store your data in Germany.', 'en')).toEqual(['not store user in DE']);
  });

  it('two places for the data, one of them the flow\'s storage, contradict nothing', async () => {
    const { code, findings, err } = await checkText('gafas.md', [
      '# Privacidad en Gafas Olmo', // 1
      '', // 2
      '## Dónde están sus datos', // 3
      '', // 4
      'Sus datos nunca salen de Europa: los mensajes se envían desde Suecia y el programa de citas está alojado en Alemania.', // 5
    ].join('\n'), ['--region', 'eu', '--locale', 'es'], 'templates/appointment_reminder.yaml');
    expect(code, err).toBeLessThan(2);
    expect(one(findings, 'reminder', 'transfers').data.class).not.toBe('incorrect');
  });
});
