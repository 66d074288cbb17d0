/**
 * Issue 18, held-out-4 cause B3 (= held-out-3 A5), denials scoped to a kind of data or to a group of
 * people: "we do not sell or share sensitive personal information" speaks only of flows carrying
 * data the region's law calls sensitive, and "… the personal information of customers under 16"
 * only of those people, so neither is weighed against a courier flow of name, address and phone
 * number (reader.yaml policy.sensitiveData, policy.peopleScopes; every reader language). Policies in
 * our own words, checked against examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('denial-data-people-scope-');

describe('a denial scoped to a kind of data or a group of people', () => {
  it('English: sensitive information and customers under 16 are no denial of the courier flow', async () => {
    const fs = await check('scoped.md', [
      '# Fernbrook Coffee: privacy', // 1
      '', // 2
      '## Sharing', // 3
      '', // 4
      'Our courier SwiftShip Logistics receives your name, postal address and phone number.', // 5
      '', // 6
      'We do not sell or share sensitive personal information.', // 7
      '', // 8
      'We never share the personal information of customers we know to be under 16.', // 9
    ].join('\n'), ['--region', 'california']);
    const f = one(fs, 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
    expect(f.line).toBe(5);
  });

  it('Spanish: "datos sensibles" scopes the denial to sensitive data', async () => {
    const fs = await check('scoped.es.md', [
      '# Café Helecho: privacidad', // 1
      '', // 2
      '## Con quién compartimos datos', // 3
      '', // 4
      'SwiftShip Logistics, nuestra empresa de mensajería, recibe tu nombre, tu dirección postal y tu teléfono.', // 5
      '', // 6
      'Nunca compartimos tus datos sensibles con terceros.', // 7
    ].join('\n'), ['--region', 'eu', '--locale', 'es']);
    const f = one(fs, 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
    expect(f.line).toBe(5);
  });
});
