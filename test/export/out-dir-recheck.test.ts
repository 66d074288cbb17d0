import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withAtomicDir } from '../../src/io/atomic-dir.js';
import { checkReplaceable } from '../../src/export/out-dir.js';

// The output folder is checked before the work starts and again just before the swap, under the
// folder's lock: a file another program put there during the build is never deleted by the swap.
describe('output folder re-checked before the swap', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const base = (): string => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'disclose-recheck-'));
    dirs.push(d);
    return d;
  };

  it('refuses the swap when the folder gained a file during the build, and keeps that file', async () => {
    const out = path.join(base(), 'pack');
    const build = async (tmp: string): Promise<string> => {
      writeFileSync(path.join(tmp, 'index.html'), 'new');
      // Another program creates the folder and writes into it while the export renders.
      mkdirSync(out);
      writeFileSync(path.join(out, 'notes.txt'), 'mine');
      return 'built';
    };
    await expect(withAtomicDir(out, build, checkReplaceable)).rejects.toMatchObject({ code: 'E_PATH' });
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(out)).toEqual(['notes.txt']);
    // No temporary sibling is left behind.
    expect(readdirSync(path.dirname(out)).filter((n) => n !== 'pack')).toEqual([]);
  });

  it('swaps when the folder is still absent or empty', async () => {
    const out = path.join(base(), 'pack');
    await expect(withAtomicDir(out, async (tmp) => {
      writeFileSync(path.join(tmp, 'index.html'), 'new');
      return 'built';
    }, checkReplaceable)).resolves.toBe('built');
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  });
});
