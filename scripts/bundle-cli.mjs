// Build step: bundle the command line (src/bin.ts and everything it loads, dependencies included)
// into one script, dist/bundle/cli.cjs, run by the launcher dist/bundle/bin.js (src/launch.ts)
// from V8's code cache (dist/bundle/cli.cache), which this step writes by running one command.
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
await build({
  ...common,
  entryPoints: [path.join(root, 'src', 'bin.ts')],
  outfile: path.join(out, 'cli.cjs'),
  format: 'cjs',
  // The sources are ES modules: in the CommonJS script, import.meta.url is the script's own URL
  // (package-root.ts finds the package from it, parallel-templates.ts the worker next to it).
  define: { 'import.meta.url': '__disclose_import_meta_url' },
  banner: { js: "const __disclose_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  // The export worker is an entry of its own: threads load it by file (dist/bundle/export-worker.js).
  entryPoints: [path.join(root, 'src', 'export', 'export-worker.ts')],
  outfile: path.join(out, 'export-worker.js'),
  format: 'esm',
  // Bundled CommonJS dependencies call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __disclose_createRequire } from 'node:module'; const require = __disclose_createRequire(import.meta.url);" },
});
await build({ ...common, entryPoints: [path.join(root, 'src', 'launch.ts')], outfile: path.join(out, 'bin.js'), format: 'esm' });

// The code cache: what one render of an example compiles (the command line, loading, rendering
// and the rules). Its output is not needed, and its exit code does not matter here.
const cache = path.join(out, 'cli.cache');
const example = path.join(root, 'examples', 'templates', 'order_shipped.yaml');
if (existsSync(example)) {
  try {
    execFileSync(process.execPath, [path.join(out, 'bin.js'), 'render', example, '--region', 'eu', '--no-config'], {
      cwd: root,
      env: { ...process.env, DISCLOSE_CODE_CACHE_OUT: cache },
      stdio: 'ignore',
    });
  } catch {
    // Exit 1 (findings) still writes the cache; without one the command compiles as usual.
  }
}
console.log(`bundle-cli: dist/bundle/bin.js${existsSync(cache) ? ' (with code cache)' : ''}`);
