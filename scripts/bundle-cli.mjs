// Build step: bundle the command line (src/bin.ts and everything it loads, dependencies included)
// into two scripts, dist/bundle/cli.cjs (the options) and dist/bundle/commands.cjs (the commands),
// run by the launcher dist/bundle/bin.cjs (src/launch.ts) from V8's code caches (*.cache), which
// this step writes by running one command.
// Fewer modules to resolve and no functions to compile make start-up shorter; the library
// (dist/index.js) stays unbundled.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'bundle');
// Files of earlier builds may have other names: start from an empty folder.
rmSync(out, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
// In the CommonJS scripts, import.meta.url is the script's own URL (package-root.ts finds the
// package from it, parallel-templates.ts the worker next to it).
const commonjs = {
  ...common,
  format: 'cjs',
  define: { 'import.meta.url': '__disclose_import_meta_url' },
  banner: { js: "const __disclose_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};
// The command line: src/cli.ts's imports of each command become one require of commands.cjs,
// which the launcher runs only when a command runs (--help never loads it).
const commandsApart = {
  name: 'commands-apart',
  setup(b) {
    // A module of our own that requires the script (an external dynamic import would stay one).
    b.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) => (args.importer.endsWith(path.join('src', 'cli.ts')) ? { path: 'commands', namespace: 'commands-apart' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'commands-apart' }, () => ({ contents: "module.exports = require('./commands.cjs');", loader: 'js' }));
    b.onResolve({ filter: /^\.\/commands\.cjs$/ }, () => ({ path: './commands.cjs', external: true }));
  },
};
await build({ ...commonjs, entryPoints: [path.join(root, 'src', 'bin.ts')], outfile: path.join(out, 'cli.cjs'), plugins: [commandsApart] });
await build({ ...commonjs, entryPoints: [path.join(root, 'src', 'commands', 'all.ts')], outfile: path.join(out, 'commands.cjs') });
await build({
  ...common,
  // The export worker is an entry of its own: threads load it by file (dist/bundle/export-worker.js).
  entryPoints: [path.join(root, 'src', 'export', 'export-worker.ts')],
  outfile: path.join(out, 'export-worker.js'),
  format: 'esm',
  // Bundled CommonJS dependencies call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __disclose_createRequire } from 'node:module'; const require = __disclose_createRequire(import.meta.url);" },
});
// The launcher is CommonJS as well: Node starts it without its ES module loader.
await build({ ...commonjs, entryPoints: [path.join(root, 'src', 'launch.ts')], outfile: path.join(out, 'bin.cjs') });

// The code caches: what one render of an example compiles (the command line, loading, rendering
// and the rules), and of the validators it runs (dist/validators/template.cache, organization.cache:
// src/load/validate-schema.ts). Its output is not needed, and its exit code does not matter here.
const cache = path.join(out, 'commands.cache');
const example = path.join(root, 'examples', 'templates', 'order_shipped.yaml');
if (existsSync(example)) {
  try {
    execFileSync(process.execPath, [path.join(out, 'bin.cjs'), 'render', example, '--region', 'eu', '--no-config'], {
      cwd: root,
      env: { ...process.env, DISCLOSE_CODE_CACHE_OUT: '1' },
      stdio: 'ignore',
    });
  } catch {
    // Exit 1 (findings) still writes the cache; without one the command compiles as usual.
  }
}
console.log(`bundle-cli: dist/bundle/bin.cjs${existsSync(cache) ? ' (with code cache)' : ''}`);
