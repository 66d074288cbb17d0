/**
 * The hostile inputs too large to commit (bench/hostile-inputs.ts), generated into a temporary
 * folder: each must give its error code at its position, write nothing and touch no prototype.
 * How long each takes is measured by `npm run bench` (group 4), never here.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../bench/hostile-inputs.js';
import { cli } from '../helpers/cli.js';
import { errorLine, GOOD, prototypeSnapshot } from './harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'disclose-hostile-generated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated hostile inputs', () => {
  for (const input of HOSTILE_INPUTS) {
    it(`${input.name}: ${input.code} (${input.why})`, async () => {
      const own = path.join(dir, input.name.replace(/[^a-z0-9]+/gi, '-'));
      const argv = input.write(own, GOOD);
      const file = path.join(own, input.file);
      const before = readFileSync(file);
      const prototypes = prototypeSnapshot();

      const r = await cli(argv, own);

      expect(r.code, r.err).toBe(2);
      expect(errorLine(r.err)).toMatch(new RegExp(`^${path.relative(own, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${input.at}: error: .*\\[${input.code}\\]$`));
      expect(r.out).toBe('');
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(readdirSync(own)).toEqual([path.basename(input.file)]);
      expect(prototypeSnapshot()).toEqual(prototypes);
    });
  }
});
