/**
 * A German role noun before a name that ends in a legal form (issue 18): "an den
 * Versanddienstleister Hermes Germany GmbH" names the courier role and the party Hermes Germany GmbH;
 * the role was masked into the name, so the flow lost its recipient type. The role stays the role
 * when what follows it has a word of its own ("Hermes"); a run whose rest is only one of the reader's
 * words and a legal form ("Die Paketdienst Deutschland GmbH") is still one name. Policies in our own
 * words, checked against examples/templates/order_shipped.yaml (courier SwiftShip Logistics).
 */
import { describe, expect, it } from 'vitest';
import { organizationNames } from '../../src/policy/names.js';
import { examples } from '../helpers/examples.js';
import { policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { catalog } = examples();
const { check, one } = policyChecker('role-legal-');
const de = catalog.locale('de');
const names = (text: string) => organizationNames(text, de).map(([s, e]) => text.slice(s, e));

describe('a role noun before a name with a legal form', () => {
  it('the role is not part of the name; a rest that is no name keeps it', () => {
    expect(names('Für die Zustellung geben wir Ihre Anschrift an den Versanddienstleister Hermes Germany GmbH weiter.')).toEqual(['Hermes Germany GmbH']);
    expect(names('Unser Kurierdienst Nordpaket GmbH bringt die Pakete.')).toEqual(['Nordpaket GmbH']);
    expect(names('Die Paketdienst Deutschland GmbH bringt Briefe.')).toEqual(['Paketdienst Deutschland GmbH']);
  });

  it('the courier flow is vague, naming both parties, not omitted', async () => {
    const text = ['# Datenschutz im Kräuterladen', '', 'Hier steht, was mit Ihren Angaben geschieht, wenn Sie bei uns bestellen.', '', '## Empfänger', '', 'Wir geben Ihren Namen, Ihre Anschrift und Ihre Telefonnummer an den Versanddienstleister Hermes Germany GmbH weiter.'].join('\n');
    const f = one(await check('hermes.md', text, ['--region', 'eu', '--locale', 'de']), 'delivery', 'recipients');
    expect(f).toMatchObject({ ruleId: 'disclosure-vague', line: 7 });
    expect((f as PolicyFinding & { message: string }).message).toContain('Hermes Germany GmbH');
    expect((f as PolicyFinding & { message: string }).message).toContain('SwiftShip Logistics');
  });
});
