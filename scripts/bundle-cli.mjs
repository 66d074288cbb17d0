// Build step: bundle the command line (src/bin.ts and everything it loads, dependencies included)
// into dist/bundle/, split so each command still loads on demand. Fewer modules to resolve and
// read makes start-up shorter; the library (dist/index.js) stays unbundled.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Chunks of earlier builds have other names: start from an empty folder.
rmSync(path.join(root, 'dist', 'bundle'), { recursive: true, force: true });
await build({
  // The export worker is an entry of its own: threads load it by file (dist/bundle/export-worker.js).
  entryPoints: [path.join(root, 'src', 'bin.ts'), path.join(root, 'src', 'export', 'export-worker.ts')],
  outdir: path.join(root, 'dist', 'bundle'),
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __disclose_createRequire } from 'node:module'; const require = __disclose_createRequire(import.meta.url);" },
});
console.log('bundle-cli: dist/bundle/bin.js');
