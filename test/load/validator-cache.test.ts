/**
 * The schema validators a command runs come from V8's code cache the build wrote beside them
 * (dist/validators/<name>.cache, from the build's example render; src/load/validate-schema.ts), as
 * the launcher's scripts do: the template validator is 200 KB of generated code each command
 * compiled again. A damaged cache only makes the start slower: the command's output is the same.
 * Runs the build's output (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers/examples.js';
import { tmp } from '../helpers/tree.js';

const VALIDATORS = path.join(ROOT, 'dist', 'validators');
const TEMPLATE = path.join(EXAMPLES, 'templates', 'order_shipped.yaml');

const render = (bin: string) => spawnSync(process.execPath, [bin, 'render', TEMPLATE, '--region', 'eu', '--org', path.join(EXAMPLES, 'organization.yaml'), '--format', 'json'], { cwd: EXAMPLES, encoding: 'utf8' });

describe('validators from a code cache', () => {
  it.each(['template', 'organization'])('the build leaves a cache of the %s validator that V8 takes', (name) => {
    const file = path.join(VALIDATORS, `${name}.cjs`);
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
    const script = new vm.Script(source, { filename: file, cachedData: readFileSync(path.join(VALIDATORS, `${name}.cache`)) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('a damaged cache gives the same output', () => {
    const dir = tmp('disclose-validators-');
    for (const name of ['regions', 'snippets', 'locales', 'lint', 'taxonomy', 'channels', 'transfers', 'languages', 'schemas', 'node_modules', 'package.json']) symlinkSync(path.join(ROOT, name), path.join(dir, name));
    mkdirSync(path.join(dir, 'dist', 'validators'), { recursive: true });
    mkdirSync(path.join(dir, 'dist', 'bundle'));
    for (const name of ['builtin-data.json', 'builtin-locales']) symlinkSync(path.join(ROOT, 'dist', name), path.join(dir, 'dist', name));
    // The bundle copied, not linked: Node would run a linked script from its real place, our package.
    for (const name of readdirSync(path.join(ROOT, 'dist', 'bundle'))) copyFileSync(path.join(ROOT, 'dist', 'bundle', name), path.join(dir, 'dist', 'bundle', name));
    for (const name of readdirSync(VALIDATORS)) {
      if (name.endsWith('.cjs')) copyFileSync(path.join(VALIDATORS, name), path.join(dir, 'dist', 'validators', name));
      else writeFileSync(path.join(dir, 'dist', 'validators', name), Buffer.alloc(4096, 7));
    }
    const ours = render(path.join(ROOT, 'dist', 'bundle', 'bin.cjs'));
    const damaged = render(path.join(dir, 'dist', 'bundle', 'bin.cjs'));
    expect(ours.status).toBe(0);
    expect(damaged.status).toBe(0);
    expect(damaged.stdout).toBe(ours.stdout);
  });
});
