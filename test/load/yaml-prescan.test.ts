/**
 * The pre-scan's shortcut (no lexing when short lines and few brackets cannot pass a limit) gives
 * what lexing every token gives, on generated texts around the limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prescanYaml, scanTokens } from '../../src/load/yaml-prescan.js';
import { fuzzParams, RUNS } from '../fuzz/fuzz-helpers.js';

const piece = fc.oneof(
  fc.constantFrom('[', ']', '{', '}', '[\n', '{\n', '\n[', '- ', '? ', ': ', ':', ',', '\n', '\r\n', '  ', '    ', '\t', 'a', 'key', '"q\n [x"', "'s'", '|\n  b\n', '>-\n  c', '# [ {\n', '&a ', '*a', '!!str '),
  fc.string({ maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 120 }).map((p) => p.join(''));

describe('yaml pre-scan', () => {
  it(`${RUNS} texts: the shortcut agrees with lexing every token`, () => {
    let problems = 0;
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 200 }), (t, depth, tokens) => {
        const full = scanTokens(t, depth, tokens);
        expect(prescanYaml(t, depth, tokens)).toEqual(full);
        if (full) problems++;
      }),
      fuzzParams(40),
    );
    // Both sides of the limits were reached.
    expect(problems).toBeGreaterThan(RUNS / 20);
    expect(problems).toBeLessThan(RUNS);
  });

  it('skips lexing a file of short lines and few brackets, and still refuses deep ones', () => {
    expect(prescanYaml('a: 1\nb:\n  - x\n', 256, 100_000)).toBeUndefined();
    expect(prescanYaml('['.repeat(300), 256, 100_000)?.problem).toBe('depth');
    // Short lines, but more open brackets than the limit.
    const brackets = `a: ${'[\n '.repeat(12)}x`;
    expect(scanTokens(brackets, 10, 1000)?.problem).toBe('depth');
    expect(prescanYaml(brackets, 10, 1000)).toEqual(scanTokens(brackets, 10, 1000));
    expect(prescanYaml(Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), 256, 100_000)?.problem).toBe('depth');
  });
});
