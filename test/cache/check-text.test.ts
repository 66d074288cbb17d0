/**
 * `check --cache` in the text format keeps each template's printed lines in a text file beside the
 * cache file (src/cache/check-text.ts) and copies them for a template that hits. What it prints must
 * be byte for byte what `check` prints without the cache, whatever changed between runs: the
 * colour, `--quiet`, the working directory, a template, the format of the run before; a text file
 * that is not the one the cache recorded (edited, cut short, removed) is not used; findings placed
 * in the organization file (deduplicated across templates) come out once, in their place.
 */
import { mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { copyExamples } from '../helpers/tree.js';

interface Run {
  code: number;
  out: string;
  reused: string;
}

/** The command line in process; `bytes`: standard output takes bytes as the real one does (else they are decoded to text). */
async function disclose(cwd: string, args: string[], opts: { env?: Record<string, string>; bytes?: boolean } = {}): Promise<Run> {
  const chunks: Buffer[] = [];
  let err = '';
  const code = await run(['--debug', ...args], {
    stdout: (t) => chunks.push(Buffer.from(t, 'utf8')),
    ...(opts.bytes ? { stdoutBytes: (b: Uint8Array) => chunks.push(Buffer.from(b)) } : {}),
    stderr: (t) => (err += t),
    cwd,
    isTTY: false,
    env: opts.env ?? {},
  });
  return { code, out: Buffer.concat(chunks).toString('utf8'), reused: /^cache: (\d+ of \d+) templates? reused$/m.exec(err)?.[1] ?? 'none' };
}

/** A run with the cache against the same run without it: the same bytes and exit code. */
async function same(cwd: string, args: string[], opts: { env?: Record<string, string>; bytes?: boolean } = {}, cacheDir = 'cache'): Promise<string> {
  const plain = await disclose(cwd, args, opts);
  const cached = await disclose(cwd, [...args, '--cache', '--cache-location', cacheDir], opts);
  expect(cached.out).toBe(plain.out);
  expect(cached.code).toBe(plain.code);
  return cached.reused;
}

const args = ['check', 'templates', '--all-regions'];

describe('check --cache, text kept as printed', () => {
  it('prints what check prints, with the text file made and then reused, as text or as bytes', async () => {
    const dir = copyExamples();
    for (const bytes of [false, true]) {
      rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
      expect(await same(dir, args, { bytes })).toBe('0 of 7');
      expect(readFileSync(path.join(dir, 'cache', 'check.txt'), 'utf8')).toMatch(/^disclose check text [0-9a-f]{32}\n/);
      expect(await same(dir, args, { bytes })).toBe('7 of 7');
      expect(await same(dir, args, { bytes })).toBe('7 of 7');
    }
  }, 180_000);

  it('makes the text again when the colour or --quiet changes', async () => {
    const dir = copyExamples();
    expect(await same(dir, args, { bytes: true })).toBe('0 of 7');
    const color = { env: { FORCE_COLOR: '1' }, bytes: true };
    expect(await same(dir, args, color)).toBe('7 of 7');
    expect((await disclose(dir, args, color)).out).toContain('\u001b[');
    expect(await same(dir, args, color)).toBe('7 of 7');
    expect(await same(dir, [...args, '--quiet'], { bytes: true })).toBe('7 of 7');
    expect(await same(dir, [...args, '--quiet'], { bytes: true })).toBe('7 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
  }, 180_000);

  it('makes a changed template\'s lines again, and the text after a run in another format', async () => {
    const dir = copyExamples();
    expect(await same(dir, args, { bytes: true })).toBe('0 of 7');
    // A template changed: its lines made again, the others copied.
    const t = path.join(dir, 'templates', 'payment_receipt.yaml');
    writeFileSync(t, readFileSync(t, 'utf8').replace(/^body: /m, 'body: Thanks. '));
    expect(await same(dir, args, { bytes: true })).toBe('6 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
    // A run in another format between two text runs.
    expect(await same(dir, [...args, '--format', 'json'], { bytes: true })).toBe('7 of 7');
    writeFileSync(t, readFileSync(t, 'utf8').replace(/^body: /m, 'body: Thank you. '));
    expect(await same(dir, [...args, '--format', 'json'], { bytes: true })).toBe('6 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
  }, 180_000);

  it('shows paths relative to each working directory', async () => {
    const dir = copyExamples();
    const sub = path.join(dir, 'sub');
    mkdirSync(sub);
    const cache = path.join(dir, 'cache');
    expect(await same(dir, args, { bytes: true }, cache)).toBe('0 of 7');
    const fromSub = ['check', path.join(dir, 'templates'), '--all-regions', '--org', path.join(dir, 'organization.yaml')];
    const plainSub = await disclose(sub, fromSub, { bytes: true });
    expect(plainSub.out).toContain('../templates/');
    expect(await same(sub, fromSub, { bytes: true }, cache)).toBe('7 of 7');
    expect(await same(dir, args, { bytes: true }, cache)).toBe('7 of 7');
  });

  it('does not use a text file that is not the one recorded: edited, cut short or removed', async () => {
    const dir = copyExamples();
    const text = path.join(dir, 'cache', 'check.txt');
    expect(await same(dir, args, { bytes: true })).toBe('0 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
    // Edited in place, same size: its time says so.
    const before = readFileSync(text, 'utf8');
    writeFileSync(text, before.replace('templates/', 'TEMPLATES/'));
    expect(statSync(text).size).toBe(Buffer.byteLength(before));
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
    expect(readFileSync(text, 'utf8')).not.toContain('TEMPLATES/');
    truncateSync(text, 100);
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
    rmSync(text);
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
    // The record in the cache file damaged: the cache is ignored as a whole (a note), the output the same.
    const file = path.join(dir, 'cache', 'check.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"blocks":\{"[^"]+":\[\d+,/, '"blocks":{"x":[-1,'));
    expect(await same(dir, args, { bytes: true })).toBe('0 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
  });

  it('prints findings placed in the organization file once, in their place, and changes with it', async () => {
    const dir = copyExamples();
    const org = path.join(dir, 'organization.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace(/supervisoryAuthority:\n {2}name: .*\n {2}url: .*\n/, '').replace(/ {2}optOutUrl: .*\n/, ''));
    const plain = await disclose(dir, args, { bytes: true });
    expect(plain.out.match(/^organization\.yaml:/gm)?.length).toBe(2);
    expect(await same(dir, args, { bytes: true })).toBe('0 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
    expect(await same(dir, [...args, '--quiet'], { bytes: true })).toBe('7 of 7');
    expect(await same(dir, [...args, '--quiet'], { bytes: true })).toBe('7 of 7');
    const t = path.join(dir, 'templates', 'marketing_promotion.yaml');
    writeFileSync(t, `${readFileSync(t, 'utf8')}\n# edited\n`);
    expect(await same(dir, args, { bytes: true })).toBe('6 of 7');
    expect(await same(dir, args, { bytes: true })).toBe('7 of 7');
  });
});

describe('cache format 3: a value held as text', () => {
  it('decodes as the value; a held value that is not JSON, of the wrong shape or held twice is damage', async () => {
    const { Decoder, Encoder, CodecError } = await import('../../src/cache/codec.js');
    const entry = { key: 'k', findings: [{ ruleId: 'r', line: 3 }], id: 't' };
    const e = new Encoder();
    const code = e.encode(entry, 'findings') as unknown[];
    expect(code[2]).toEqual([-2, expect.any(String)]);
    const d = new Decoder(e.values, e.shapes);
    expect(d.decode(code)).toEqual(entry);
    const { value, held } = d.decodeExcept(code, 'findings');
    expect(value).toEqual({ key: 'k', id: 't' });
    expect(d.decode(held)).toEqual(entry.findings);
    for (const bad of [[-2, '[-1, 0'], [-2, 7], [-2, '"x"', 1], [-2, JSON.stringify([-2, '0'])]]) expect(() => d.decode(bad)).toThrow(CodecError);
  });
});
