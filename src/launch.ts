#!/usr/bin/env node
/**
 * The `disclose` command as installed (dist/bundle/bin.cjs). The build bundles the command line in
 * two scripts: cli.cjs (commander and the options: enough for `--help`) and commands.cjs (the
 * commands and everything they use), loaded by cli.cjs when a command runs. This launcher runs
 * each from V8's code cache when the build left one (<script>.cache): compiling their functions is
 * most of what a start costs besides Node itself. V8 checks that a cache fits the script and this
 * Node version and flags; when it does not, the script compiles as usual, so a stale or foreign
 * cache only makes the start slower, never different.
 *
 * The build writes the caches by running one command with DISCLOSE_CODE_CACHE_OUT=1
 * (scripts/bundle-cli.mjs): the functions that command compiled are in them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const dir = path.dirname(fileURLToPath(import.meta.url));
const writeCaches = process.env['DISCLOSE_CODE_CACHE_OUT'] === '1';
// An import() in a script resolves as in the main program (Node 20.12 and later; the bundle itself
// requires what it loads late, so without it nothing is lost).
const importModuleDynamically = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER as vm.ScriptOptions['importModuleDynamically'];

function cachedData(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Runs a CommonJS script of the bundle from its code cache; its exports. */
function runScript(name: string): unknown {
  const file = path.join(dir, name);
  const cacheFile = `${file.replace(/\.cjs$/, '')}.cache`;
  // The CommonJS wrapper Node itself puts around a module; a script's first line may be a shebang.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8').replace(/^#!.*/, '')}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData: cachedData(cacheFile), importModuleDynamically });
  if (writeCaches) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  const base = createRequire(file);
  // The command line asks for the commands' script by this name; everything else is Node's.
  const require = Object.assign((id: string) => (id === './commands.cjs' ? runScript('commands.cjs') : base(id)), base);
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dir);
  return module.exports;
}

runScript('cli.cjs');
