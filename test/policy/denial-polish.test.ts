/**
 * Polish denials (issue 18): "Nie przekazujemy Twoich danych…", "Nigdy nie przekazujemy…", the
 * passive "Twoje dane nie są udostępniane…" deny sharing, as "we never pass on your data" does;
 * "przekazywać" (to pass on) with a recipient and no place is a denial of sharing, not only of a
 * transfer abroad. "Nie sprzedajemy…" denies a sale. Scoped as the English denials are: to a
 * purpose ("w celach marketingowych"), sensitive data, children, "z wyjątkiem firm kurierskich",
 * "bez Twojej zgody". Policies in our own words, checked against examples/templates/order_shipped.yaml
 * (courier flow on the contract).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('denial-polish-');

const LISTING = 'Nasza firma kurierska SwiftShip Logistics otrzymuje Twoje imię i nazwisko, adres pocztowy i numer telefonu.';
const policy = (...lines: string[]) => ['# Polityka prywatności Pracowni Ceramiki', '', '## Odbiorcy danych', '', ...lines].join('\n');
const pl = ['--region', 'eu', '--locale', 'pl'];
let n = 0;
const courier = async (...lines: string[]) => one(await check(`p${n++}.md`, policy(...lines), pl), 'delivery', 'recipients');

describe('Polish denials of sharing', () => {
  it.each([
    ['"Nie przekazujemy … osobom trzecim"', 'Nie przekazujemy Twoich danych osobowych osobom trzecim.'],
    ['"Nigdy nie przekazujemy … innym firmom"', 'Nigdy nie przekazujemy Twoich danych innym firmom.'],
    ['the passive "nie są udostępniane"', 'Twoje dane nie są udostępniane podmiotom trzecim.'],
    ['the future passive "nie będą przekazywane"', 'Twoje dane osobowe nie będą przekazywane osobom trzecim.'],
  ])('%s: incorrect alone, ambiguous beside the listed courier, at the denial', async (_what, denial) => {
    expect((await courier(denial)).data.class).toBe('incorrect');
    expect(await courier(LISTING, '', denial)).toMatchObject({ ruleId: 'disclosure-ambiguous', line: 7 });
  });

  it('"Nie sprzedajemy Twoich danych" denies a sale: the courier stays clear', async () => {
    expect((await courier(LISTING, '', 'Nie sprzedajemy Twoich danych osobowych.')).data.class).toBe('clear');
  });
});

describe('scoped as the English denials are', () => {
  it.each([
    ['a purpose', 'Nie przekazujemy Twoich danych osobowych innym firmom w celach marketingowych.'],
    ['sensitive data', 'Nie przekazujemy danych wrażliwych osobom trzecim.'],
    ['children', 'Nie przekazujemy osobom trzecim danych dzieci poniżej 16 roku życia.'],
    ['an exception for couriers', 'Nie przekazujemy Twoich danych osobom trzecim, z wyjątkiem firm kurierskich.'],
  ])('%s: the listed courier stays clear', async (_what, denial) => {
    expect((await courier(LISTING, '', denial)).data.class).toBe('clear');
  });

  it('"bez Twojej zgody" is a consent condition: incorrect for a flow on the contract', async () => {
    expect((await courier(LISTING, '', 'Nie przekazujemy Twoich danych osobom trzecim bez Twojej zgody.')).data.class).toBe('incorrect');
  });
});
