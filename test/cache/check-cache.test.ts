/**
 * `check --cache`: the same findings and exit code as without the cache; a template's findings
 * reused only while every input that can change them is unchanged (one test per key component);
 * a damaged, foreign or other version's cache ignored with a note; a cache that cannot be written
 * a note; a --cache-location that is a file exit 2. Runs the command line in process.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../helpers/examples.js';
import { cli } from '../helpers/cli.js';
import { addAddressToSupport, copyExamples, declareExclusiveDelivery } from '../helpers/tree.js';
import { editCacheEntry } from '../helpers/cache-file.js';

/** In process (check runs in one thread): the command line as the bundle runs it, without a process per run. */
async function disclose(dir: string, args: string[]) {
  return cli(args, dir);
}

/** `check` with and without the cache: the same output and exit code; returns the cached run's reuse line. */
async function checkBoth(dir: string, args: string[]): Promise<{ code: number | null; reused: string; err: string }> {
  const plain = await disclose(dir, ['check', ...args, '--format', 'json']);
  const cached = await disclose(dir, ['--debug', 'check', ...args, '--format', 'json', '--cache', '--cache-location', 'cache']);
  expect(cached.out).toBe(plain.out);
  expect(cached.code).toBe(plain.code);
  const reused = /^cache: (\d+ of \d+) templates? reused$/m.exec(cached.err)?.[1] ?? 'none';
  return { code: cached.code, reused, err: cached.err.replace(/^(config|settings|\s).*\n/gm, '') };
}

const cacheFileOf = (dir: string) => path.join(dir, 'cache', readdirSync(path.join(dir, 'cache')).find((n) => n.startsWith('check'))!);

describe('check --cache', () => {
  it('reuses unchanged templates and misses on a change of each input', async () => {
    const dir = copyExamples();
    const base = ['templates', '--region', 'eu,china'];
    expect((await checkBoth(dir, base)).reused).toBe('0 of 7');
    expect((await checkBoth(dir, base)).reused).toBe('7 of 7');
    // The template's bytes: one template misses.
    const t = path.join(dir, 'templates', 'payment_receipt.yaml');
    writeFileSync(t, `${readFileSync(t, 'utf8')}\n# edited\n`);
    expect((await checkBoth(dir, base)).reused).toBe('6 of 7');
    expect((await checkBoth(dir, base)).reused).toBe('7 of 7');
    // The organization.
    const org = path.join(dir, 'organization.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace(/privacy@nordlicht\.example/g, 'dpo@nordlicht.example'));
    expect((await checkBoth(dir, base)).reused).toBe('0 of 7');
    expect((await checkBoth(dir, base)).reused).toBe('7 of 7');
    // The options: regions, locales.
    expect((await checkBoth(dir, ['templates', '--region', 'eu'])).reused).toBe('0 of 7');
    expect((await checkBoth(dir, ['templates', '--region', 'eu', '--locale', 'de'])).reused).toBe('0 of 7');
    expect((await checkBoth(dir, ['templates', '--region', 'eu', '--locale', 'de'])).reused).toBe('7 of 7');
    // The config (severity).
    writeFileSync(path.join(dir, 'disclose.config.yaml'), 'severity:\n  footer-overflow: warning\n');
    expect((await checkBoth(dir, base)).reused).toBe('0 of 7');
    expect((await checkBoth(dir, base)).reused).toBe('7 of 7');
    writeFileSync(path.join(dir, 'disclose.config.yaml'), 'severity:\n  footer-overflow: off\n');
    expect((await checkBoth(dir, base)).reused).toBe('0 of 7');
  });

  it('misses when a policy document, the project\'s wording or another template\'s flows change', async () => {
    const dir = copyExamples();
    cpSync(path.join(EXAMPLES, 'policies'), path.join(dir, 'policies'), { recursive: true });
    const withPolicy = ['templates', '--policy', 'policies/eu.en.md'];
    expect((await checkBoth(dir, withPolicy)).reused).toBe('0 of 7');
    expect((await checkBoth(dir, withPolicy)).reused).toBe('7 of 7');
    const policy = path.join(dir, 'policies', 'eu.en.md');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace(/180 days/g, '90 days'));
    const changed = await checkBoth(dir, withPolicy);
    expect(changed.reused).toBe('0 of 7');
    expect(changed.code).toBe(1);
    expect((await checkBoth(dir, withPolicy)).reused).toBe('7 of 7');

    // The project's own approved wording (config `wording:`).
    mkdirSync(path.join(dir, 'wording', 'locales', 'en'), { recursive: true });
    writeFileSync(path.join(dir, 'disclose.config.yaml'), 'wording: wording\n');
    const base = ['templates', '--region', 'eu'];
    expect((await checkBoth(dir, base)).reused).toBe('0 of 7');
    expect((await checkBoth(dir, base)).reused).toBe('7 of 7');
    writeFileSync(path.join(dir, 'wording', 'locales', 'en', 'note.txt'), 'a file of the wording folder\n');
    expect((await checkBoth(dir, base)).reused).toBe('0 of 7');

    // order_shipped says "only" for delivery: another template using the address for something
    // else changes what it may say, so it misses with the template that changed.
    writeFileSync(path.join(dir, 'disclose.config.yaml'), '');
    declareExclusiveDelivery(dir);
    expect((await checkBoth(dir, base)).reused).toBe('0 of 7');
    addAddressToSupport(dir);
    expect((await checkBoth(dir, base)).reused).toBe('5 of 7');
  });

  it('gives the same findings and exit code from the cache (errors: exit 1)', async () => {
    const dir = copyExamples();
    cpSync(path.join(EXAMPLES, 'broken'), path.join(dir, 'broken'), { recursive: true });
    const args = ['broken/crosscheck-partners.yaml', 'broken/lint-consent.yaml', '--region', 'eu', '--org', 'organization.yaml'];
    const first = await checkBoth(dir, args);
    expect(first.code).toBe(1);
    const again = await checkBoth(dir, args);
    expect(again.reused).toBe('2 of 2');
    expect(again.code).toBe(1);
    const text = await disclose(dir, ['check', ...args]);
    const cachedText = await disclose(dir, ['check', ...args, '--cache', '--cache-location', 'cache']);
    expect(cachedText.out).toBe(text.out);
    expect(cachedText.err).toBe(text.err);
    expect(cachedText.code).toBe(1);
  });

  it('ignores a damaged, cut-short, foreign or other version\'s cache with a note, and rewrites it', async () => {
    const dir = copyExamples();
    const base = ['templates', '--region', 'eu'];
    await checkBoth(dir, base);
    const file = cacheFileOf(dir);
    const good = readFileSync(file, 'utf8');
    // Entries are encoded (src/cache/codec.ts): an entry is damaged through its decoded JSON.
    const damaged = (edit: (json: string) => string) => {
      writeFileSync(file, good);
      expect(editCacheEntry(file, edit)).toBe(true);
      return readFileSync(file, 'utf8');
    };
    const cases: Array<[string, string, RegExp]> = [
      ['cut short', good.slice(0, Math.floor(good.length / 2)), /not valid JSON/],
      ['not JSON', '\u0000\u0001garbage', /not valid JSON/],
      ['foreign', JSON.stringify({ format: 'eslintcache', entries: {} }), /not a disclose cache/],
      ['other version', good.replace(/"disclose":"[^"]+"/, '"disclose":"0.0.0-other"'), /another version of disclose/],
      ['damaged entry', damaged((j) => j.replace(/"findings":\[/, '"findings":7,"x":[')), /entry for .* is damaged/],
      ['forged use', damaged((j) => j.replace(/"uses":\[/, '"uses":[7,')), /entry for .* is damaged/],
      ['damaged table', good.replace(/"values":\[/, '"values":[{},'), /tables are damaged/],
      ['code out of range', good.replace(/"entries":\{"([^"]+)":\[/, '"entries":{"$1":[99999999,'), /entry for .* is damaged/],
    ];
    for (const [what, text, why] of cases) {
      writeFileSync(file, text);
      const r = await checkBoth(dir, base);
      expect(r.reused, what).toBe('0 of 7');
      expect(r.err, what).toMatch(why);
      expect(r.err, what).toMatch(/^note: the cache cache\/check\.json was ignored .*; running without it$/m);
      // Rewritten whole: the next run reuses everything, without a note.
      const next = await checkBoth(dir, base);
      expect(next.reused, what).toBe('7 of 7');
      expect(next.err, what).not.toMatch(/note:/);
    }
  });

  it('a cache that cannot be written is a note; a --cache-location that is a file is exit 2', async () => {
    const dir = copyExamples();
    writeFileSync(path.join(dir, 'a-file'), 'not a folder\n');
    const plain = await disclose(dir, ['check', 'templates', '--region', 'eu']);
    const unwritable = await disclose(dir, ['check', 'templates', '--region', 'eu', '--cache', '--cache-location', 'a-file/cache']);
    expect(unwritable.code).toBe(plain.code);
    expect(unwritable.out).toBe(plain.out);
    expect(unwritable.err).toMatch(/^note: the cache a-file\/cache\/check\.json could not be written \(.*\); the run is not affected$/m);
    const bad = await disclose(dir, ['check', 'templates', '--region', 'eu', '--cache', '--cache-location', 'a-file']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--cache-location a-file is not a folder \[E_USAGE\]/);
    expect(bad.out).toBe('');
  });

  it('is turned on by the config (cache:, cacheLocation: relative to the file) and off by --no-cache', async () => {
    const dir = copyExamples();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'disclose.config.yaml'), 'organization: organization.yaml\ntemplates: [templates]\nregions: [eu]\ncache: true\ncacheLocation: .cache/disclose\n');
    const first = await disclose(path.join(dir, 'sub'), ['--debug', 'check', '--config', '../disclose.config.yaml']);
    expect(first.err).toMatch(/^cache: 0 of 7 templates reused$/m);
    expect(readdirSync(path.join(dir, '.cache', 'disclose')).sort()).toEqual(['check.json', 'check.txt']);
    expect((await disclose(dir, ['--debug', 'check'])).err).toMatch(/^cache: 7 of 7 templates reused$/m);
    expect((await disclose(dir, ['--debug', 'check', '--no-cache'])).err).not.toMatch(/^cache:/m);
    writeFileSync(path.join(dir, 'a-file'), 'x\n');
    writeFileSync(path.join(dir, 'disclose.config.yaml'), 'templates: [templates]\nregions: [eu]\ncache: true\ncacheLocation: a-file\n');
    const bad = await disclose(dir, ['check']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^disclose\.config\.yaml:4:16: error: cacheLocation a-file is not a folder \[E_USAGE\]$/m);
  });

  it('defaults to node_modules/.cache/disclose', async () => {
    const dir = copyExamples();
    await disclose(dir, ['check', 'templates', '--region', 'eu', '--cache']);
    expect(readdirSync(path.join(dir, 'node_modules', '.cache', 'disclose')).sort()).toEqual(['check.json', 'check.txt']);
  });
});
