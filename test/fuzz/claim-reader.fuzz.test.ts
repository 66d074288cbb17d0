/**
 * Fuzzing the claim reader: in every locale, text made of the words of that locale's rendered
 * clauses (shuffled, cut and mixed with numbers, durations, names and hostile fragments) and
 * arbitrary unicode. The reader never throws; every claim names taxonomy keys; sentence and
 * mention offsets lie inside the text; reading is deterministic, and the same text read after a
 * prefix gives the same claims (its sentence cache shifts offsets, it does not change meaning).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { claimKey } from '../../src/claims/claim.js';
import { readClaims, type ReadResult } from '../../src/claims/read-claims.js';
import { examples, regionLocales } from '../helpers/examples.js';
import { FUZZ_TIMEOUT, fragmentArb, fuzzParams, prototypeGuard, RUNS } from './fuzz-helpers.js';
import { PLAIN_NAMES } from './template-arb.js';

const guard = prototypeGuard();
afterAll(() => guard.check());

const { catalog, org, templates, renderer } = examples();
const locales = catalog.locales;
const tax = catalog.taxonomy;

/** Words and whole sentences of each locale, from the examples rendered in every region that has it. */
const vocabulary = new Map<string, { words: string[]; sentences: string[] }>();
for (const { region, locale } of regionLocales(catalog)) {
  const v = vocabulary.get(locale) ?? { words: [], sentences: [] };
  for (const t of templates) {
    const r = renderer.render(t, catalog.region(region), locale, org);
    const text = `${r.footer.text}\n${r.clause.text}`;
    v.sentences.push(...text.split(/(?<=[.。!?])\s*|\n/).filter((s) => s.trim() !== ''));
    v.words.push(...text.split(/\s+/).filter(Boolean));
  }
  vocabulary.set(locale, v);
}

const localeArb = fc.constantFrom(...vocabulary.keys());
const textFor = (lng: string) => {
  const v = vocabulary.get(lng)!;
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...v.words) },
    { weight: 2, arbitrary: fc.constantFrom(...v.sentences) },
    { weight: 1, arbitrary: fc.constantFrom(...PLAIN_NAMES) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('.', '。', ',', '§', '5.2', '(', ')', '\n', '\n\n', ' - ', '30 days', '6 Monate', '1 年', 'www', 'https://x.example/p') },
    { weight: 1, arbitrary: fragmentArb },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  );
  return fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));
};

function checkRead(read: ReadResult, text: string): void {
  for (const c of read.claims) {
    expect(tax.data.has(c.data), c.data).toBe(true);
    if (c.purpose) expect(tax.purpose.has(c.purpose), c.purpose).toBe(true);
    if (c.recipient?.type) expect(tax.recipient.has(c.recipient.type), c.recipient.type).toBe(true);
  }
  for (const s of read.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    for (const m of s.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    }
  }
  for (const r of read.references) expect(r.number).toMatch(/^\d+(\.\d+)*$/);
}

const keysOf = (r: ReadResult) => r.claims.map(claimKey).sort();

describe('fuzz: claim reader', () => {
  it(`${RUNS} texts of each locale's own words read without error into valid claims`, () => {
    let withClaims = 0;
    fc.assert(
      fc.property(localeArb.chain((lng) => fc.tuple(fc.constant(lng), textFor(lng), fc.subarray(PLAIN_NAMES))), ([lng, text, names]) => {
        const data = catalog.locale(lng);
        const read = readClaims(text, data, { names });
        checkRead(read, text);
        if (read.claims.length) withClaims++;
        // Deterministic, and a cached sentence read after a prefix means the same.
        expect(keysOf(readClaims(text, data, { names }))).toEqual(keysOf(read));
        const shifted = readClaims(`Intro.\n\n${text}`, data, { names });
        checkRead(shifted, `Intro.\n\n${text}`);
        for (const k of keysOf(read)) expect(keysOf(shifted)).toContain(k);
      }),
      fuzzParams(20),
    );
    guard.check();
    // The texts are close enough to real wording that many of them say something.
    expect(withClaims).toBeGreaterThan(RUNS / 10);
  }, FUZZ_TIMEOUT);

  it(`${RUNS} arbitrary unicode texts in every locale`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.string({ unit: 'binary', maxLength: 300 }), (lng, text) => {
        checkRead(readClaims(text, catalog.locale(lng), { names: ['SwiftShip Logistics', text.slice(0, 5)] }), text);
      }),
      fuzzParams(21),
    );
  }, FUZZ_TIMEOUT);
});
