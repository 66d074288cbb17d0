/**
 * Values reach the wording as data: one pass of `{{name}}` filling, no re-reading of what a value
 * holds, no lookup on the prototype, line breaks as spaces.
 */
import { describe, expect, it } from 'vitest';
import { Localizer } from '../../src/render/localizer.js';
import { examples } from '../helpers/examples.js';

const en = () => examples().catalog.locale('en');

describe('Localizer.t', () => {
  it('fills each placeholder once: a value holding {{…}} stays as typed', () => {
    const loc = new Localizer(en());
    expect(loc.t('statement.share', { data: 'your {{purpose}}', recipient: '{{#each this}}x{{/each}} {{data}}', purpose: '{{constructor.constructor}}' })).toBe(
      'We share your your {{purpose}} with {{#each this}}x{{/each}} {{data}} for {{constructor.constructor}}.',
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
