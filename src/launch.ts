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
 * (scripts/bundle-cli.mjs): the functions that command compiled are in them. The runner is
 * src/util/cached-script.ts, which the schema validators use as well.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedScript } from './util/cached-script.js';

const dir = path.dirname(fileURLToPath(import.meta.url));

/** Runs a CommonJS script of the bundle from its code cache; its exports. */
function runScript(name: string): unknown {
  // The command line asks for the commands' script by this name; everything else is Node's.
  return runCachedScript(path.join(dir, name), (base) => Object.assign((id: string) => (id === './commands.cjs' ? runScript('commands.cjs') : base(id)), base));
}

runScript('cli.cjs');
