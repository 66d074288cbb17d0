/**
 * Runs a CommonJS script as Node runs a module, from V8's code cache when the build left one beside
 * it (<script>.cache): the launcher's bundle scripts (src/launch.ts) and the schema validators
 * (src/load/validate-schema.ts). V8 checks that a cache fits the script, this Node and its flags;
 * when it does not, the script compiles as usual, so a stale, damaged or foreign cache only makes
 * the start slower, never different. With DISCLOSE_CODE_CACHE_OUT=1 (the build's example run,
 * scripts/bundle-cli.mjs) the cache of what the run compiled is written at exit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

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

/**
 * The script's exports. `requireFor` gives the require the script calls, from Node's own for the
 * script's place (by default that one).
 */
export function runCachedScript(file: string, requireFor: (base: NodeRequire) => NodeRequire = (base) => base): unknown {
  const cacheFile = file.replace(/\.cjs$/, '.cache');
  // The CommonJS wrapper Node itself puts around a module; a script's first line may be a shebang.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8').replace(/^#!.*/, '')}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData: cachedData(cacheFile), importModuleDynamically });
  if (process.env['DISCLOSE_CODE_CACHE_OUT'] === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, requireFor(createRequire(file)), module, file, path.dirname(file));
  return module.exports;
}
