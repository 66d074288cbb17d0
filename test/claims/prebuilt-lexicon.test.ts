/**
 * The reader lexicons the build makes for our locales (dist/builtin-lexicons/, src/claims/prebuilt-lexicon.ts):
 * stored and read back they are the trie the phrases make, and a lexicon of other phrases builds its own.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon, wordMap } from '../../src/claims/lexicon.js';
import { fromForm, type LexiconForm } from '../../src/claims/prebuilt-lexicon.js';
import { builtinLexicon } from '../../src/load/builtin-data.js';
import { examples } from '../helpers/examples.js';

const read = (lex: Lexicon, text: string) => lex.longestAt(text, 0, wordMap(text))?.entries;

describe('the reader lexicons made at build time', () => {
  const { catalog } = examples();

  it('read back, are the trie their phrases make (typed arrays, entries, split verbs)', () => {
    for (const lng of ['de', 'th']) {
      const lex = new Lexicon(catalog.locale(lng));
      const back = fromForm(JSON.parse(JSON.stringify(lex.form())) as LexiconForm);
      read(lex, 'x');
      const flat = (lex as unknown as { flat: typeof back.flat }).flat;
      for (const k of ['first', 'start', 'count', 'codes', 'child'] as const) expect(Buffer.from(back.flat[k].buffer).equals(Buffer.from(flat[k].buffer)), k).toBe(true);
      expect(JSON.stringify(back.flat.entries)).toBe(JSON.stringify(flat.entries));
      expect(back.split).toEqual(lex.split);
      expect(back.flat.entries.filter(Boolean).length).toBeGreaterThan(300);
    }
  });

  it("are the build's for the phrases each locale has now (when the build is of this data)", () => {
    for (const lng of catalog.locales) {
      const built = builtinLexicon(lng) as LexiconForm | undefined;
      const fresh = new Lexicon(catalog.locale(lng)).form();
      if (built?.key === fresh.key) expect(JSON.stringify(built) === JSON.stringify(fresh), lng).toBe(true);
    }
  });

  it('a lexicon with phrases of its own reads them, and what it read before, when one is added after its first use', () => {
    const withExtra = new Lexicon(catalog.locale('en'), [{ kind: 'literal', value: 'zorblax quarterly' }]);
    expect(read(withExtra, 'zorblax quarterly')).toEqual([{ kind: 'literal', value: 'zorblax quarterly' }]);
    const lex = new Lexicon(catalog.locale('en'));
    expect(read(lex, 'germany')).toEqual([{ kind: 'place', value: 'DE' }]);
    lex.add('zorblax', { kind: 'literal', value: 'zorblax' });
    expect(read(lex, 'zorblax')).toEqual([{ kind: 'literal', value: 'zorblax' }]);
    expect(read(lex, 'germany')).toEqual([{ kind: 'place', value: 'DE' }]);
    expect(lex.split.length).toBe(new Lexicon(catalog.locale('en')).split.length);
  });
});
