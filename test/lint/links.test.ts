import { describe, expect, it } from 'vitest';
import { findLinks } from '../../src/lint/links.js';

describe('findLinks', () => {
  it.each([
    ['See https://a.example/x/{{1}}.', [['https', 'a.example', '/x/{{1}}']]],
    ['Go to www.a.example now', [['none', 'www.a.example', '']]],
    ['Go to a.example/p?x=1', [['none', 'a.example', '/p']]],
    ['Mail help@a.example or pay 3.50 (e.g. by card)', []],
    ['http://{{2}}.a.example//y#z', [['http', '{{2}}.a.example', '//y']]],
  ])('%s', (text, links) => expect(findLinks(text).map((l) => [l.scheme, l.host, l.path])).toEqual(links));
});
