/**
 * Each deliberately broken cross-check example under examples/broken/ produces exactly the
 * findings its header lists: `# check: <args>` and `# expect: <rule> <messageId> line <n> [in <file>]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { EXAMPLES } from './helpers/examples.js';

const DIR = path.join(EXAMPLES, 'broken');

function header(file: string) {
  const text = readFileSync(file, 'utf8');
  const args = (/^# check:(.*)$/m.exec(text)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  const expected = [...text.matchAll(/^# expect: (\S+) (\S+) line (\d+)(?: in (\S+))?$/gm)].map((m) => `${m[1]} ${m[2]} ${m[4] ?? path.basename(file)}:${m[3]}`);
  return { args: args.map((a, i) => (args[i - 1] === '--policy' ? path.join(DIR, a) : a)), expected: expected.sort() };
}

describe('broken cross-check examples produce exactly the findings they list', () => {
  for (const name of readdirSync(DIR).filter((f) => f.startsWith('crosscheck-') && f.endsWith('.yaml')).sort()) {
    it(name, async () => {
      const file = path.join(DIR, name);
      const { args, expected } = header(file);
      expect(expected.length).toBeGreaterThan(0);
      let out = '';
      const code = await run(['check', file, ...args, '--org', path.join(EXAMPLES, 'organization.yaml'), '--format', 'json'], { stdout: (t) => (out += t), stderr: () => {}, cwd: DIR, isTTY: false });
      const findings = JSON.parse(out) as Array<{ ruleId: string; messageId: string; file: string; line: number; severity: string }>;
      const actual = findings.map((f) => `${f.ruleId} ${f.messageId} ${f.file.replace(/^.*?(policies\/)/, '$1')}:${f.line}`).sort();
      expect(actual).toEqual(expected);
      expect(code).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
  }
});
