/**
 * Checks a policy text written by a test against examples/templates/order_shipped.yaml through the
 * command line (`check --policy … --format json`), in a temporary folder removed after the file's tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { run } from '../../src/cli.js';
import { EXAMPLES } from './examples.js';

/** A finding as the JSON output gives it, with the fields policy tests look at. */
export interface PolicyFinding {
  ruleId: string;
  line: number;
  data: { class?: string; flow?: string; aspect?: string; statement?: string };
  file: string;
}

/** `check(name, text, args)` writes `text` as `name` and returns the findings; `one` the single finding on a flow's aspect. */
export function policyChecker(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  async function check(name: string, text: string, args: string[]): Promise<PolicyFinding[]> {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    let out = '';
    let err = '';
    const code = await run(['check', path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--policy', file, '--format', 'json', ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, isTTY: false });
    expect(code, err).toBeLessThan(2);
    return JSON.parse(out) as PolicyFinding[];
  }
  const one = (fs: PolicyFinding[], flow: string, aspect: string) => {
    const got = fs.filter((f) => f.data?.flow === flow && f.data?.aspect === aspect);
    expect(got, `${flow} ${aspect}`).toHaveLength(1);
    return got[0]!;
  };
  return { dir, check, one };
}
