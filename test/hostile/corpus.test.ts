/**
 * The hostile-input corpus (test/fixtures/hostile/expected.yaml): every case through the CLI,
 * in-process. Each must exit 2 with its error code at its position, write nothing (no output
 * folder, no temporary folder beside it, its input unchanged byte for byte) and leave the
 * built-in prototypes as they were.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { declaredCodes, errorLine, expectedPrefix, HOSTILE, loadManifest, prototypeSnapshot, snapshot } from './harness.js';

const manifest = loadManifest();
const groups = [...new Set(manifest.cases.map((c) => c.input.split('/')[0]!))];
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('the manifest', () => {
  it('names a command for every case, known codes and well-formed positions', () => {
    const codes = new Set(declaredCodes());
    for (const c of manifest.cases) {
      expect(c.run ?? manifest.commands[c.input.split('/')[0]!], c.input).toBeDefined();
      expect(codes.has(c.code), `${c.input}: ${c.code}`).toBe(true);
      expect(c.at, c.input).toMatch(/^(\d+:\d+|file|none|any)$/);
      expect(c.why, c.input).toBeTruthy();
    }
    expect(new Set(manifest.cases.map((c) => c.input)).size).toBe(manifest.cases.length);
  });

  it('covers every file of the corpus: no fixture without its case', () => {
    const named = manifest.cases.flatMap((c) => [c.input, c.file ?? c.input]);
    const orphans: string[] = [];
    const walk = (rel: string) => {
      for (const name of readdirSync(path.join(HOSTILE, rel))) {
        const r = rel ? `${rel}/${name}` : name;
        if (['good', 'expected.yaml', '.gitattributes'].includes(r)) continue;
        if (named.some((n) => r === n || r.startsWith(`${n}/`))) continue;
        if (statSync(path.join(HOSTILE, r)).isDirectory()) walk(r);
        else orphans.push(r);
      }
    };
    walk('');
    expect(orphans).toEqual([]);
  });
});

for (const group of groups) {
  describe(group, () => {
    for (const c of manifest.cases.filter((x) => x.input.split('/')[0] === group)) {
      it(`${c.input}: ${c.code} (${c.why})`, async () => {
        const tmp = mkdtempSync(path.join(tmpdir(), 'disclose-hostile-'));
        temps.push(tmp);
        const out = path.join(tmp, 'pack');
        const argv = (c.run ?? manifest.commands[group]!).map((a) => a.replace('{input}', c.input).replace('{out}', out));
        const inputBefore = snapshot(path.join(HOSTILE, c.input));
        const prototypes = prototypeSnapshot();

        const r = await cli(argv, HOSTILE);

        expect(r.code, r.err).toBe(2);
        const line = errorLine(r.err);
        expect(line, r.err).toMatch(new RegExp(`\\[${c.code}\\]$`));
        expect(line.startsWith(expectedPrefix(c.file ?? c.input, c.at)), `${line}\n  expected to start with ${expectedPrefix(c.file ?? c.input, c.at)}`).toBe(true);
        expect(r.err).not.toMatch(/internal error/);
        // What the input says is quoted with its control characters escaped.
        expect(r.err).not.toMatch(/[\x00-\x08\x0B-\x1F\x7F-\x9F]/);
        expect(r.out).toBe('');
        // Nothing written: no output folder, no temporary folder beside it, the input as it was.
        expect(readdirSync(tmp)).toEqual([]);
        const inputAfter = snapshot(path.join(HOSTILE, c.input));
        expect([...inputAfter.keys()]).toEqual([...inputBefore.keys()]);
        for (const [k, v] of inputBefore) expect(v.equals(inputAfter.get(k)!), `${c.input}/${k} changed`).toBe(true);
        expect(prototypeSnapshot()).toEqual(prototypes);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      });
    }
  });
}

describe('the prototype guard', () => {
  it('notices a property added to Object.prototype (so the checks above can fail)', () => {
    const before = prototypeSnapshot();
    Object.defineProperty(Object.prototype, 'hostileProbe', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      expect(prototypeSnapshot()).not.toEqual(before);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['hostileProbe'];
    }
    expect(prototypeSnapshot()).toEqual(before);
  });
});
