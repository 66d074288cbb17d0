// Build step: bundle the command line (src/bin.ts and everything it loads, dependencies included)
// into dist/bundle/, split so each command still loads on demand. Fewer modules to resolve and
// read makes start-up shorter; the library (dist/index.js) stays unbundled.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'src', 'bin.ts')],
  outdir: path.join(root, 'dist', 'bundle'),
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
