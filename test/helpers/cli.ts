import { run } from '../../src/cli.js';
import { ROOT } from './examples.js';

export async function cli(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, isTTY: false });
  return { code, out, err };
}
