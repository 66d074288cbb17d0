/**
 * The installed command (dist/bundle/bin.cjs: the launcher running the bundle's two scripts from
 * V8's code caches) behaves as the unbundled build (dist/bin.js), with its caches, without them and
 * with damaged ones. Runs the build's output (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from './helpers/examples.js';
import { tmp } from './helpers/tree.js';

const BUNDLE = path.join(ROOT, 'dist', 'bundle');
const TEMPLATE = path.join(EXAMPLES, 'templates', 'order_shipped.yaml');

function run(bin: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: EXAMPLES, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of the package whose bundle folder is its own (the data beside it are links to ours). */
function packageCopy(cache: 'none' | 'damaged'): string {
  const dir = tmp('disclose-bundle-');
  for (const name of ['regions', 'snippets', 'locales', 'lint', 'taxonomy', 'channels', 'transfers', 'languages', 'schemas', 'node_modules', 'package.json']) symlinkSync(path.join(ROOT, name), path.join(dir, name));
  mkdirSync(path.join(dir, 'dist', 'bundle'), { recursive: true });
  for (const name of ['validators', 'builtin-data.json', 'builtin-locales']) symlinkSync(path.join(ROOT, 'dist', name), path.join(dir, 'dist', name));
  for (const name of ['bin.cjs', 'cli.cjs', 'commands.cjs', 'export-worker.js']) copyFileSync(path.join(BUNDLE, name), path.join(dir, 'dist', 'bundle', name));
  if (cache === 'damaged') for (const name of ['cli.cache', 'commands.cache']) writeFileSync(path.join(dir, 'dist', 'bundle', name), Buffer.alloc(4096, 7));
  return path.join(dir, 'dist', 'bundle', 'bin.cjs');
}

describe('the bundled command line', () => {
  it('was built with code caches', () => {
    for (const name of ['cli', 'commands']) {
      expect(existsSync(path.join(BUNDLE, `${name}.cjs`)), 'run npm run build').toBe(true);
      expect(existsSync(path.join(BUNDLE, `${name}.cache`)), `the build writes dist/bundle/${name}.cache`).toBe(true);
    }
  });

  const cases: Array<[string, string[]]> = [
    ['render', ['render', TEMPLATE, '--region', 'eu']],
    ['check with findings in json', ['check', 'templates', '--all-regions', '--format', 'json']],
    ['a usage error', ['render', TEMPLATE, '--region', 'nowhere']],
    ['--help', ['--help']],
  ];
  it.each(cases)('%s: the same output and exit code as the unbundled build', (_name, args) => {
    const plain = run(path.join(ROOT, 'dist', 'bin.js'), args);
    const bundled = run(path.join(BUNDLE, 'bin.cjs'), args);
    expect(bundled).toEqual(plain);
  });

  it('without caches, and with damaged ones, runs the same', () => {
    const args = ['render', TEMPLATE, '--region', 'eu', '--locale', 'de'];
    const plain = run(path.join(ROOT, 'dist', 'bin.js'), args);
    expect(plain.code).toBe(0);
    expect(run(packageCopy('none'), args)).toEqual(plain);
    expect(run(packageCopy('damaged'), args)).toEqual(plain);
  });
});
