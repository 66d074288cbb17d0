/**
 * `export --jobs`: templates rendered in worker threads give the same pack, byte for byte, and the
 * same first error as one thread. Runs the built command line (`npm test` builds first), since
 * worker threads load compiled JavaScript.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTemplates } from '../../bench/generate.js';
import { ROOT } from '../helpers/examples.js';
import { readTree, tmp } from '../helpers/tree.js';

const BIN = path.join(ROOT, 'dist', 'bundle', 'bin.cjs');

function exportWith(dir: string, out: string, jobs: number, quiet = true) {
  const r = spawnSync(process.execPath, [BIN, 'export', 'templates', '--out', out, '--regions', 'eu,china', ...(quiet ? ['--quiet'] : []), '--jobs', String(jobs)], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, err: r.stderr };
}

function sameTree(a: string, b: string): void {
  const ta = readTree(a);
  const tb = readTree(b);
  expect([...ta.keys()]).toEqual([...tb.keys()]);
  for (const [k, v] of ta) expect(v.equals(tb.get(k)!), k).toBe(true);
}

describe('export in worker threads', () => {
  it('needs the build', () => expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true));

  it('writes the same pack as one thread, and reports the same first error', () => {
    const dir = tmp('disclose-jobs-');
    generateTemplates(ROOT, dir, 24, 5);
    const one = exportWith(dir, 'one', 1);
    const three = exportWith(dir, 'three', 3, false);
    expect(three.err).toMatch(/^exported 24 templates, 48 rows .* in 3 threads to three; review: 0 signed off, 0 need re-review, 48 pending$/m);
    expect(one.code, one.err).toBe(three.code);
    expect([0, 1]).toContain(one.code);
    sameTree(path.join(dir, 'one'), path.join(dir, 'three'));
    expect(readdirSync(path.join(dir, 'three', 'data'))).toHaveLength(24);

    // A broken template and a repeated id: the error one thread meets first, from either.
    const files = readdirSync(path.join(dir, 'templates')).sort();
    const fifth = path.join(dir, 'templates', files[4]!);
    const ninth = path.join(dir, 'templates', files[8]!);
    const idOf = (f: string) => /^id: (\S+)$/m.exec(readFileSync(f, 'utf8'))![1]!;
    writeFileSync(ninth, readFileSync(ninth, 'utf8').replace(/^id: \S+$/m, `id: ${idOf(path.join(dir, 'templates', files[1]!))}`));
    const dupOne = exportWith(dir, 'dup1', 1);
    const dupThree = exportWith(dir, 'dup3', 3);
    expect(dupOne.code).toBe(2);
    expect(dupOne.err).toMatch(/E_DUPLICATE_ID/);
    expect(dupThree.err).toBe(dupOne.err);
    writeFileSync(fifth, readFileSync(fifth, 'utf8').replace(/^channel: .*$/m, 'channel: [unclosed'));
    const badOne = exportWith(dir, 'bad1', 1);
    const badThree = exportWith(dir, 'bad3', 3);
    expect(badOne.code).toBe(2);
    expect(badOne.err).toContain(files[4]!);
    expect(badThree.err).toBe(badOne.err);
    for (const out of ['dup1', 'dup3', 'bad1', 'bad3']) expect(existsSync(path.join(dir, out)), out).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('disclose-'))).toEqual([]);
  });

  it('--jobs takes a whole number from 1 to 64', () => {
    const dir = tmp('disclose-jobs-');
    generateTemplates(ROOT, dir, 2, 5);
    for (const bad of ['0', 'two', '1.5', '65']) {
      const r = exportWith(dir, 'p', bad as unknown as number);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/--jobs takes a whole number from 1 to 64, not .*\[E_USAGE\]/);
    }
  });
});
