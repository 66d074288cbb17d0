/**
 * Issue 20, terminal conventions: colour on a terminal (off with NO_COLOR or --no-color, forced
 * with FORCE_COLOR), "did you mean" for regions, locales, commands and files, paths relative to
 * the working directory in errors as in findings, plurals, `disclose` alone is a usage error, and
 * `check --quiet` shows errors only.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import type { IO } from '../../src/cli/io.js';
import { closest, editDistance } from '../../src/util/did-you-mean.js';
import { EXAMPLES } from '../helpers/examples.js';
import { copyExamples } from '../helpers/tree.js';

const ESC = '\u001b[';

async function term(args: string[], opts: { cwd?: string; tty?: boolean; env?: Record<string, string> } = {}) {
  let out = '';
  let err = '';
  const io: IO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: opts.cwd ?? EXAMPLES, isTTY: opts.tty ?? false, stdoutIsTTY: opts.tty ?? false, env: opts.env ?? {} };
  const code = await run(args, io);
  return { code, out, err };
}

const LINT = ['check', 'broken/lint-links.yaml', '--region', 'eu', '--org', 'organization.yaml'];

describe('colour', () => {
  it('is on for a terminal, off with NO_COLOR, --no-color or TERM=dumb, and forced with FORCE_COLOR', async () => {
    const tty = await term(LINT, { tty: true });
    expect(tty.code).toBe(1);
    expect(tty.out).toContain(`${ESC}31m`);
    expect((await term(LINT, { tty: false })).out).not.toContain(ESC);
    expect((await term(LINT, { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain(ESC);
    expect((await term([...LINT, '--no-color'], { tty: true })).out).not.toContain(ESC);
    expect((await term(['--no-color', ...LINT], { tty: true, env: { FORCE_COLOR: '1' } })).out).not.toContain(ESC);
    expect((await term(LINT, { tty: true, env: { TERM: 'dumb' } })).out).not.toContain(ESC);
    expect((await term(LINT, { tty: false, env: { FORCE_COLOR: '1' } })).out).toContain(ESC);
    expect((await term(LINT, { tty: false, env: { FORCE_COLOR: '0' } })).out).not.toContain(ESC);
    // Coloured or not, the text is the same.
    const plain = (await term(LINT)).out;
    expect(tty.out.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    const err = await term(['render', 'templates', '--region', 'euu', '--org', 'organization.yaml'], { tty: true });
    expect(err.err).toContain(`${ESC}31merror:`);
  });
});

describe('did you mean', () => {
  it('an edit distance with swaps, and only close names', () => {
    expect(editDistance('order_shiped', 'order_shipped')).toBe(1);
    expect(editDistance('ue', 'eu')).toBe(1);
    expect(closest('euu', ['eu', 'california', 'sg'])).toBe('eu');
    expect(closest('xyz', ['eu', 'california', 'sg'])).toBeUndefined();
    expect(closest('californa', ['eu', 'california'])).toBe('california');
  });

  it('suggests regions, locales, commands and files', async () => {
    const region = await term(['render', 'templates/order_shipped.yaml', '--region', 'euu', '--org', 'organization.yaml']);
    expect(region.code).toBe(2);
    expect(region.err).toContain('unknown region "euu" [E_UNKNOWN_REGION]\n  Did you mean "eu"? Known regions:');
    const locale = await term(['render', 'templates/order_shipped.yaml', '--region', 'eu', '--locale', 'dee', '--org', 'organization.yaml']);
    expect(locale.code).toBe(2);
    expect(locale.err).toContain('Did you mean "de"?');
    const command = await term(['rendr']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/unknown command 'rendr'[^]*Did you mean render\?/);
    const file = await term(['check', 'templates/order_shiped.yaml', '--region', 'eu', '--org', 'organization.yaml']);
    expect(file.code).toBe(2);
    expect(file.err).toMatch(/^templates\/order_shiped\.yaml: error: no such file or folder \[E_FILE_NOT_FOUND\]\n {2}Did you mean "templates\/order_shipped\.yaml"\?/);
  });
});

describe('paths relative to the working directory', () => {
  it('in errors as in findings', async () => {
    const dir = copyExamples();
    writeFileSync(path.join(dir, 'templates', 'order_shipped.yaml'), 'id: order_shipped\nchannel: fax\n');
    const r = await term(['check', 'templates', '--region', 'eu'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^templates\/order_shipped\.yaml:\d+:\d+: error: /);
    expect(r.err).not.toContain(dir);
  });
});

describe('plurals', () => {
  it('"1 template", "1 row", "1 finding", "1 error"', async () => {
    const dir = copyExamples();
    const r = await term(['export', 'templates/order_shipped.yaml', '--regions', 'eu', '--out', 'pack'], { cwd: dir });
    expect(r.err).toMatch(/^exported 1 template, 1 row \(\d+ errors?, \d+ warnings?\)/m);
    expect(r.err).not.toMatch(/\b1 (templates|rows|errors|warnings)\b/);
    const one = await term(['check', 'broken/crosscheck-retention.yaml', '--region', 'sg', '--policy', 'broken/policies/support.sg.en.md', '--org', 'organization.yaml']);
    expect(one.out).not.toMatch(/\b1 (findings|errors|warnings)\b/);
    expect(one.out).not.toMatch(/\b(?:[02-9]|\d\d+) day\b/);
  });
});

describe('disclose with no arguments', () => {
  it('prints the help to standard error and exits 2', async () => {
    const r = await term([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^Usage: disclose \[options\] \[command\]/);
    expect(r.err).toContain('export');
  });
});

describe('check --quiet', () => {
  it('reports errors only, and still counts every finding', async () => {
    const all = await term(LINT);
    const quiet = await term([...LINT, '--quiet']);
    expect(quiet.code).toBe(all.code);
    const lines = (s: string) => s.split('\n').filter((l) => /^\S+:\d+:\d+ {2}/.test(l));
    expect(lines(all.out).some((l) => / {2}warning /.test(l))).toBe(true);
    expect(lines(quiet.out).length).toBeGreaterThan(0);
    expect(lines(quiet.out).every((l) => / {2}error {3}/.test(l))).toBe(true);
    expect(lines(quiet.out)).toEqual(lines(all.out).filter((l) => / {2}error {3}/.test(l)));
    expect(quiet.out.trimEnd().split('\n').at(-1)).toBe(`${all.out.trimEnd().split('\n').at(-1)} (--quiet: errors only shown)`);
  });
});
