/**
 * Issue 18, held-out-5 cause C13: a declared recipient called by its short name. Policies say "Meta"
 * for the declared "Meta Platforms Ireland Limited" and "Sinch" for "Sinch Sweden"; the reader now
 * reads the first word of a name of several words (four letters or more, none of its own words) and
 * the name without its legal form as that recipient. "WhatsApp" is the short name of the declared
 * "WhatsApp LLC" and also the channel's name: it names the company only as the subject of a verb
 * ("WhatsApp receives your number"), never in "via WhatsApp", "WhatsApp messages" or a label
 * "WhatsApp — …". Policies in our own words, checked against examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { shortNames } from '../../src/claims/name-variants.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

const { catalog } = examples();
const { check, one } = policyChecker('short-names-');
const en = catalog.locale('en');

/** The recipient names the reader finds in each sentence of a policy text. */
const namesIn = (text: string, names: string[], channels: string[] = []) =>
  readClaims(text, en, { names, policy: true, channels }).sentences.map((s) => s.mentions.filter((m) => m.kind === 'name').map((m) => m.value));

describe("a recipient's short name", () => {
  it('is the first word of a name of several words, or the name without its legal form', () => {
    expect(shortNames('Meta Platforms Ireland Limited')).toEqual(['Meta Platforms Ireland', 'Meta']);
    expect(shortNames('Sinch Sweden')).toEqual(['Sinch']);
    expect(shortNames('Zendesk, Inc.')).toEqual(['Zendesk']);
    // Too short to tell from a word, or a word of the language.
    expect(shortNames('Tiq Parcel Services')).toEqual([]);
    expect(shortNames('Deutsche Paket AG', (w) => w === 'Deutsche')).toEqual(['Deutsche Paket']);
  });

  it('is read as the declared name, as a whole word only', () => {
    expect(namesIn('Meta receives your phone number. We keep metadata about each order.', ['Meta Platforms Ireland Limited'])).toEqual([['Meta Platforms Ireland Limited'], []]);
  });

  it('"Meta receives …" discloses the WhatsApp flow to Meta Platforms Ireland Limited', async () => {
    const fs = await check('pebble.md', [
      '# Pebble Lane Crafts: privacy', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'Shipping updates go out on WhatsApp. Meta receives your phone number and the text of each update.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});

describe('"WhatsApp": the company or the channel', () => {
  const names = ['WhatsApp LLC', 'Meta Platforms Ireland Limited'];
  const channels = ['WhatsApp'];

  it('the subject of a verb is the company', () => {
    expect(namesIn('WhatsApp receives your phone number.', names, channels)).toEqual([['WhatsApp LLC']]);
    expect(namesIn('WhatsApp (Meta) stores the messages in the United States.', names, channels)).toEqual([['WhatsApp LLC', 'Meta Platforms Ireland Limited']]);
  });

  it('the way a message goes, or a kind of message, is the channel', () => {
    expect(namesIn('We send your order updates via WhatsApp.', names, channels)).toEqual([[]]);
    expect(namesIn('WhatsApp messages are kept by Meta for 30 days.', names, channels)).toEqual([['Meta Platforms Ireland Limited']]);
    expect(namesIn('WhatsApp — updates reach you on your phone; Meta receives your number.', names, channels)).toEqual([[], ['Meta Platforms Ireland Limited']]);
    expect(namesIn('Meta (WhatsApp) receives your number.', names, channels)).toEqual([['Meta Platforms Ireland Limited']]);
  });

  it('through the policy checker: WhatsApp LLC is disclosed only where WhatsApp receives the number', async () => {
    const says = await check('pebble-wa.md', ['# Pebble Lane Crafts: privacy', '', '## Who receives your data', '', 'WhatsApp receives your phone number so that our updates reach your account.'].join('\n'), ['--region', 'sg']);
    expect(one(says, 'whatsapp_messenger', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
    const via = await check('pebble-via.md', ['# Pebble Lane Crafts: privacy', '', '## Who receives your data', '', 'We send your phone number and our updates via WhatsApp.'].join('\n'), ['--region', 'sg']);
    // The channel named, no company receiving: no clear disclosure of WhatsApp LLC (the name in the
    // sentence makes it vague at most, as before short names were read).
    expect(one(via, 'whatsapp_messenger', 'recipients').data.class).toBe('vague');
  });
});
