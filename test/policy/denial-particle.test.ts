/**
 * English denials whose particle stands after the object (issue 18): "We never pass your personal
 * data on to third parties", "we will not hand your details over to anyone", and the contracted
 * negation of "We don't give your data out" deny sharing as "we never pass on your data" does, and
 * are scoped as the other denials are (a purpose, sensitive data, children, an exception for
 * couriers, "without your consent"). The split verb also discloses: "We hand your name, address and
 * phone number over to our courier SwiftShip Logistics". Policies in our own words, checked against
 * examples/templates/order_shipped.yaml (courier flow on the contract).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one, classes: courierClasses } = policyChecker('denial-particle-');

const LISTING = 'Our courier SwiftShip Logistics receives your name, postal address and phone number.';
const policy = (...lines: string[]) => ['# Privacy at the Corner Bakery', '', 'This notice tells you what happens to what you give us when you order.', '', '## Who receives your data', '', ...lines].join('\n');
const en = ['--region', 'eu', '--locale', 'en'];
let n = 0;
/** The class of the courier flow's recipients: the denial alone, and after the courier is listed. */
const classes = (denial: string) => courierClasses(policy, LISTING, denial, en);

describe('a particle after the object, and a contracted negation', () => {
  it.each([
    ['"pass … on"', 'We never pass your personal data on to third parties.'],
    ['"hand … over"', 'We will not hand your details over to anyone.'],
    ['"don\'t give … out"', "We don't give your data out."],
  ])('%s: incorrect alone, ambiguous beside the listed courier', async (_what, denial) => {
    expect(await classes(denial)).toEqual(['incorrect', 'ambiguous']);
  });

  it('the split verb discloses as well as it denies', async () => {
    const f = one(await check(`d${n++}.md`, policy('We hand your name, postal address and phone number over to our courier SwiftShip Logistics.'), en), 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
  });

  it('a particle in another clause makes no verb of "pass"', async () => {
    const f = one(await check(`o${n++}.md`, policy(LISTING, '', 'We never pass judgement: on request we explain each step.'), en), 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
  });
});

describe('scoped as the other denials are', () => {
  it.each([
    ['a purpose', 'We never pass your personal data on to other companies for their own marketing.'],
    ['sensitive data', 'We never pass sensitive personal data on to anyone.'],
    ['children', 'We will not hand the data of children under 16 over to anyone.'],
    ['an exception for couriers', 'We never pass your personal data on to third parties, except couriers.'],
  ])('%s: the listed courier stays clear', async (_what, denial) => {
    const f = one(await check(`s${n++}.md`, policy(LISTING, '', denial), en), 'delivery', 'recipients');
    expect(f.data.class).toBe('clear');
  });

  it('an exception for couriers discloses the courier flow in broader terms when nothing else does', async () => {
    expect((await classes('We never pass your personal data on to third parties, except couriers.'))[0]).toBe('vague');
  });

  it('"without your consent" is a consent condition: incorrect for a flow on the contract', async () => {
    expect((await classes('We will not hand your details over to anyone without your consent.'))[1]).toBe('incorrect');
  });
});
