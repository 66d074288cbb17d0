#!/usr/bin/env node
/**
 * The `disclose` command as installed (dist/bundle/bin.js): runs the command-line bundle
 * (dist/bundle/cli.cjs, every module the commands need in one script) from V8's code cache when
 * the build left one (dist/bundle/cli.cache). Compiling the bundle's functions is most of what a
 * start costs besides Node itself; the cache skips it. V8 checks that the cache fits the script
 * and this Node version and flags: when it does not, it compiles as usual, so a stale or foreign
 * cache only makes the start slower, never different.
 *
 * The build writes the cache by running one command with DISCLOSE_CODE_CACHE_OUT set
 * (scripts/bundle-cli.mjs); the functions that command compiled are in it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const dir = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(dir, 'cli.cjs');
const cacheFile = path.join(dir, 'cli.cache');

function cached(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// The CommonJS wrapper Node itself puts around a module; the bundle's first line is a shebang.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8').replace(/^#!.*/, '')}\n})`;
const script = new vm.Script(source, { filename: file, cachedData: cached() });
const out = process.env['DISCLOSE_CODE_CACHE_OUT'];
if (out) process.once('exit', () => writeFileSync(out, script.createCachedData()));
const cjs = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(cjs.exports, cjs.exports, createRequire(file), cjs, file, dir);
