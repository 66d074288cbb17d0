/**
 * Every command, for the command-line bundle: the launcher runs the command line itself
 * (commander and the options, enough for `--help`) as one script and loads this module, the
 * commands and all they use, as a second script the first time a command runs
 * (scripts/bundle-cli.mjs). From sources and in the library, src/cli.ts imports each command's
 * module on its own.
 */
export { checkCommand } from './check.js';
export { configCommand, debugConfig } from './config.js';
export { exportCommand, exportMergeCommand } from './export.js';
export { importMetaCommand } from './import-meta.js';
export { initPolicyCommand } from './init-policy.js';
export { localesCommand } from './locales.js';
export { metaCommand } from './meta.js';
export { regionsCommand } from './regions.js';
export { renderCommand } from './render.js';
export { syncCommand } from './sync.js';
