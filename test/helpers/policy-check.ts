/**
 * Checks a policy text written by a test against an example template (examples/templates/order_shipped.yaml
 * unless the test names another) through the command line (`check --policy … --format json`), in a
 * temporary folder removed after the file's tests, and picks the findings on a flow's aspect.
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
  messageId: string;
  message: string;
  line: number;
  data: { class?: string; flow?: string; aspect?: string; statement?: string; claim?: string; action?: string };
  file: string;
}

/** What one run of `check` gave: its exit code, its findings (none when the code is 2) and what it wrote to stderr. */
export interface PolicyRun<F = PolicyFinding> {
  code: number;
  findings: F[];
  err: string;
}

/** The template a policy is checked against unless a test names another (a path under examples/). */
const ORDER_SHIPPED = 'templates/order_shipped.yaml';

/**
 * A short English policy for the retention tests (test/policy/described-retention, purpose-retention): the
 * courier of order_shipped.yaml named on line 5 under "## Who receives your data", and `retention` on line 9
 * under `heading` (line 7).
 */
export const courierRetentionPolicy = (retention: string, heading = '## How long we keep it'): string =>
  [
    '# Privacy', // 1
    '', // 2
    '## Who receives your data', // 3
    '', // 4
    'Our courier receives your name, postal address and phone number to bring you your parcel.', // 5
    '', // 6
    heading, // 7
    '', // 8
    retention, // 9
  ].join('\n');

/**
 * A short English policy for the tests of a payment processor's keeping (test/policy/criteria-retention,
 * kept-while, recipient-period): Stripe Payments Europe named with the payment flow's data of
 * payment_receipt.yaml on line 5 under "## Who receives your data", and `retention` from line 9 on under
 * "## How long data is kept" (line 7).
 */
export const paymentPolicy = (...retention: string[]): string =>
  [
    '# Privacy at Quillon Paper', // 1
    '', // 2
    '## Who receives your data', // 3
    '', // 4
    'Card payments are run by Stripe Payments Europe, which receives your name, your email address, your card and the payment itself.', // 5
    '', // 6
    '## How long data is kept', // 7
    '', // 8
    ...retention, // 9 …
  ].join('\n');

/** The findings on a flow's aspect (`data.flow`, `data.aspect`). */
export function onFlow<F extends { data?: { flow?: unknown; aspect?: unknown } }>(fs: F[], flow: string, aspect: string): F[] {
  return fs.filter((f) => f.data?.flow === flow && f.data?.aspect === aspect);
}

/**
 * `check(name, text, args, template?)` writes `text` as `name`, checks it and returns the findings (the exit
 * code must be 0 or 1); `one` the single finding on a flow's aspect. `checkText` and `checkFile` (a policy file that exists)
 * assert nothing and return the whole run; `template` is a path under examples/.
 */
export function policyChecker(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  async function checkFile<F = PolicyFinding>(file: string, args: string[], template = ORDER_SHIPPED): Promise<PolicyRun<F>> {
    let out = '';
    let err = '';
    const code = await run(['check', path.join(EXAMPLES, template), '--org', path.join(EXAMPLES, 'organization.yaml'), '--policy', file, '--format', 'json', ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, isTTY: false });
    return { code, findings: code === 2 ? [] : (JSON.parse(out) as F[]), err };
  }
  async function checkText<F = PolicyFinding>(name: string, text: string, args: string[], template = ORDER_SHIPPED): Promise<PolicyRun<F>> {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return checkFile<F>(file, args, template);
  }
  async function check(name: string, text: string, args: string[], template = ORDER_SHIPPED): Promise<PolicyFinding[]> {
    const { code, findings, err } = await checkText(name, text, args, template);
    expect(code, err).toBeLessThan(2);
    return findings;
  }
  const one = (fs: PolicyFinding[], flow: string, aspect: string) => {
    const got = onFlow(fs, flow, aspect);
    expect(got, `${flow} ${aspect}`).toHaveLength(1);
    return got[0]!;
  };
  let n = 0;
  /**
   * The class of the courier flow's aspect (`delivery`, recipients unless named) under a denial: in a policy that
   * says only the denial, `policy(denial)`, and in one that lists the courier first, `policy(listing, '', denial)`.
   */
  async function classes(policy: (...lines: string[]) => string, listing: string, denial: string, args: string[], aspect = 'recipients'): Promise<[string | undefined, string | undefined]> {
    const alone = one(await check(`a${n}.md`, policy(denial), args), 'delivery', aspect);
    const listed = one(await check(`b${n++}.md`, policy(listing, '', denial), args), 'delivery', aspect);
    return [alone.data.class, listed.data.class];
  }
  return { dir, check, checkText, checkFile, one, classes };
}
