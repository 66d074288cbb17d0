/**
 * Values reach the wording as data: one pass of `{{name}}` filling, no re-reading of what a value
 * holds, no lookup on the prototype, line breaks as spaces. And the claim reader keeps a name whole.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, splitSentences } from '../../src/claims/read-claims.js';
import { Localizer } from '../../src/render/localizer.js';
import { examples } from '../helpers/examples.js';

const en = () => examples().catalog.locale('en');

describe('Localizer.t', () => {
  it('fills each placeholder once: a value holding {{…}} stays as typed', () => {
    const loc = new Localizer(en());
    expect(loc.t('statement.share', { data: 'your {{purpose}}', recipient: '{{#each this}}x{{/each}} {{data}}', purpose: '{{constructor.constructor}}' })).toBe(
      'We disclose your your {{purpose}} to {{#each this}}x{{/each}} {{data}} for {{constructor.constructor}}.',
    );
  });

  it('a placeholder with no value stays, also when its name is a property of every object', () => {
    const data = en();
    const loc = new Localizer({ ...data, wording: { ...data.wording, probe: 'a {{constructor}} {{toString}} {{__proto__}} b' } });
    expect(loc.t('probe', {})).toBe('a {{constructor}} {{toString}} {{__proto__}} b');
  });

  it('a line break in a value becomes a space', () => {
    const loc = new Localizer(en());
    expect(loc.t('clause.dpo', { email: 'a\r\nb\rc\n' })).toBe('Data protection officer: a b c.');
  });
});

describe('claim reader and supplied names', () => {
  const names = ['J. Smith Logistics; Ltd', 'Swift &amp; Sure', 'Go! Now Couriers'];
  it.each(names)('no sentence ends inside "%s"', (name) => {
    const text = `We share your name with courier ${name} (United States) for order delivery.`;
    const read = readClaims(text, en(), { names: [name] });
    expect(read.sentences).toHaveLength(1);
    expect(read.claims).toEqual([{ action: 'share', data: 'user.name', recipient: { type: 'recipient.service_provider.courier', name }, purpose: 'essential.service.order_delivery', place: 'US' }]);
  });

  it('a quoted text is read as none of our words where it occurs whole', () => {
    const text = 'We keep your name for 6 years from delivery of the order, as required by the Act to disclose and share records; s. 4.';
    const law = 'the Act to disclose and share records; s. 4';
    expect(readClaims(text, en()).claims.filter((c) => c.action === 'retain')).toEqual([]);
    expect(readClaims(text, en(), { verbatim: [law] }).claims).toEqual([{ action: 'retain', data: 'user.name', retention: { value: 6, unit: 'year', from: 'delivery', statutory: true } }]);
  });

  it('splitSentences keeps the given ranges whole', () => {
    const text = 'A. B; C. D';
    expect(splitSentences(text, [])).toHaveLength(4);
    expect(splitSentences(text, [], [[0, text.length]])).toEqual([{ start: 0, end: text.length }]);
  });
});
