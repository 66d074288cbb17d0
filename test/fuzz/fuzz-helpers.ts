/**
 * Shared pieces of the fuzz tests: the run count and seed, the check that a failure is a typed
 * error with a location, a guard that no prototype gained a property, and text mutations.
 *
 * Runs are reproducible: the seed is fixed unless FUZZ_SEED is set (a number, or "random"), and
 * fast-check prints the seed and path of any counterexample.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { DiscloseError } from '../../src/errors.js';

/**
 * Generated inputs per target: 1,000 in `npm test` (which must stay within 4 minutes on 2 cores;
 * 2,000 until 2026-12-07, when the suite reached 2,680 tests),
 * 10,000 in `npm run test:long` (issue 8's figure; CI runs both), and whatever FUZZ_RUNS says for a
 * longer local run.
 */
export const RUNS = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 0) || 1_000);

/** A guard against a hung run, not a speed check: fuzz tests take seconds to a minute. */
export const FUZZ_TIMEOUT = 300_000;

const seedEnv = process.env['FUZZ_SEED'];
export const SEED = seedEnv === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : seedEnv ? Number(seedEnv) : 20261202;

export function fuzzParams(offset: number, runs = RUNS): fc.Parameters<unknown> {
  return { numRuns: runs, seed: SEED + offset, endOnFailure: true };
}

/**
 * Accepts a thrown value only when it is a DiscloseError with a stable code, naming `file`, and
 * (when `positioned`) a 1-based line and column inside the text. Anything else is re-thrown, so
 * fast-check reports the input that caused it.
 */
export function expectTypedError(e: unknown, file: string, options: { positioned?: boolean; text?: string } = {}): DiscloseError {
  if (!(e instanceof DiscloseError)) throw e;
  expect(e.code).toMatch(/^E_[A-Z_]+$/);
  expect(e.message.length).toBeGreaterThan(0);
  expect(e.file).toBe(file);
  if (options.positioned ?? true) {
    expect(e.line, `${e.code} without a line: ${e.message}`).toBeGreaterThanOrEqual(1);
    expect(e.column, `${e.code} without a column: ${e.message}`).toBeGreaterThanOrEqual(1);
    if (options.text !== undefined) {
      const lines = options.text.split(/\r\n|\r|\n/);
      // The line may be one past the last when the error is at the very end of the text.
      expect(e.line!).toBeLessThanOrEqual(lines.length + 1);
    }
  }
  expect(e.format()).toContain(`[${e.code}]`);
  return e;
}

/** Runs `fn`; a DiscloseError is checked and returned, a result is returned as it is. */
export function typedOutcome<T>(fn: () => T, file: string, options: { positioned?: boolean; text?: string } = {}): { ok: true; value: T } | { ok: false; error: DiscloseError } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: expectTypedError(e, file, options) };
  }
}

const PROTOTYPES: Array<[string, object]> = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
];

/** Snapshot of the built-in prototypes' own keys; `check()` fails when any gained one. */
export function prototypeGuard(): { check(): void } {
  const before = PROTOTYPES.map(([, p]) => Reflect.ownKeys(p).map(String).sort());
  return {
    check() {
      PROTOTYPES.forEach(([name, p], i) => expect(Reflect.ownKeys(p).map(String).sort(), `${name}.prototype changed`).toEqual(before[i]));
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  };
}

/** Fragments that stress YAML, JSON and markup readers. */
export const HOSTILE_FRAGMENTS = [
  ':', ': ', '- ', '? ', '[', ']', '{', '}', ',', '&a ', '*a', '&b ', '*b', '!!str ', '!!map ', '!!binary ', '!!set ', '!<tag:x> ',
  '<<: *a', '%YAML 1.1\n', '---\n', '...\n', '\n', '\r\n', '\r', '\n  ', '\n    ', '\t', '"', "'", '|', '|-\n', '>', '#', ' #c',
  '__proto__', 'constructor', 'prototype', '__proto__: {polluted: 1}', 'polluted', '1', '-1', '0x1F', '1e999', 'true', 'null', '~',
  '\uFEFF', '\u0000', '\u2028', '\u0085', '\uD800', 'é', '中文', '😀', '\u200D', ' ', '  ', '{{1}}', '{{#each this}}', '}}',
  '<!-- disclose:clause id=delivery -->', '<!-- /disclose:clause -->', '<!--', '-->', '<h2>', '</h2>', '## ', '```', '<script>',
  'javascript:alert(1)', 'http://x.example', 'https://x.example', 'www.x.example', '\\', '$ref', '"\\u0000"',
];

export const fragmentArb = fc.constantFrom(...HOSTILE_FRAGMENTS);

/** Text built from hostile fragments and arbitrary unicode, short enough to parse quickly. */
export const hostileTextArb = fc
  .array(fc.oneof({ weight: 3, arbitrary: fragmentArb }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom('id', 'a', 'b', 'x', 'data', 'name', 'flows', '\na: 1', '\nb: 2', '\n- a: 1\n  a: 2') }), { maxLength: 40 })
  .map((parts) => parts.join(''));

type Mutation = { at: number; kind: 'delete' | 'insert' | 'duplicate' | 'swapLines' | 'indent'; len: number; fragment: string };

const mutationArb = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('delete', 'insert', 'insert', 'duplicate', 'swapLines', 'indent'),
  len: fc.integer({ min: 1, max: 40 }),
  fragment: fc.oneof({ weight: 4, arbitrary: fragmentArb }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }),
});

function applyMutation(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'insert':
      return text.slice(0, at) + m.fragment + text.slice(at);
    case 'duplicate':
      return text.slice(0, at + m.len) + text.slice(at, at + m.len) + text.slice(at + m.len);
    case 'swapLines': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      const j = (m.at + m.len) % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'indent': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      lines[i] = (m.len % 2 ? ' '.repeat(m.len % 5) : '\t') + lines[i]!.trimStart();
      return lines.join('\n');
    }
  }
}

/** One of `sources`, changed by one to four random mutations. */
export function mutatedArb(sources: readonly string[]): fc.Arbitrary<{ source: number; text: string }> {
  return fc.record({ source: fc.nat({ max: sources.length - 1 }), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }) }).map(({ source, mutations }) => ({
    source,
    text: mutations.reduce(applyMutation, sources[source]!),
  }));
}
