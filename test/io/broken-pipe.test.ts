/**
 * `disclose check … | head`: the reader closes standard output before the run is done. The run ends
 * quietly with 141 (128 + SIGPIPE), not with Node's "Unhandled 'error' event" stack trace (seen on
 * `check` of 10,000 templates piped into `head`, stop 25).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers/examples.js';

function runClosingStdout(bin: string, args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: EXAMPLES, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // The reader goes away before a byte is read: every write of the run meets a closed pipe.
    child.stdout.destroy();
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('standard output closed early', () => {
  it.each([
    ['the unbundled build', path.join(ROOT, 'dist', 'bin.js')],
    ['the installed command', path.join(ROOT, 'dist', 'bundle', 'bin.cjs')],
  ])('%s ends with 141 and no stack trace', async (_name, bin) => {
    const r = await runClosingStdout(bin, ['check', 'templates', '--all-regions']);
    expect(r.err).not.toMatch(/EPIPE|Unhandled|at /);
    expect(r.code).toBe(141);
  });
});
