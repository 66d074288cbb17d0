/**
 * Benchmark group "incremental runs and pack size" (issue 22): for N synthetic templates × 4
 * regions (eu, california, sea, china; default locales), as child processes of the built CLI:
 *   - the pack's size per template (all formats);
 *   - a cold `export --cache` (empty cache), a re-export with nothing changed, and a re-export
 *     after one template changed (a different one each round);
 *   - `check` without the cache, a cold `check --cache`, `check --cache` with nothing changed and
 *     after one template changed.
 * Re-runs are the median of BENCH_CACHE_ROUNDS (default 3). N is BENCH_CACHE_SIZE (default 10000,
 * the size the targets name). `npm run bench` measures only the two targets (group 3 of
 * bench/run.ts: re-export with one template changed, check unchanged); this is the detailed
 * measurement, run on its own with `node dist-bench/bench/cache.js` after
 * `tsc -p tsconfig.bench.json` (about two cold runs at 10,000 templates: several minutes).
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateTemplates } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'dist', 'bundle', 'bin.cjs');
const REGIONS = ['--regions', 'eu,california,sea,china'];

export interface CacheFigures {
  templates: number;
  packBytesPerTemplate: number;
  coldExportCache: number;
  reExportUnchanged: number;
  reExportOneChanged: number;
  checkNoCache: number;
  checkCacheCold: number;
  checkCacheUnchanged: number;
  checkCacheOneChanged: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Wall seconds of one CLI run (exit 0 or 1 are results; anything else stops the group). */
function timed(args: string[], cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`disclose ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return s;
}

function treeBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const st = lstatSync(full);
    total += st.isDirectory() ? treeBytes(full) : st.size;
  }
  return total;
}

/** Changes one template's body (a new text each time), as an edit between two CI runs would. */
function touchTemplate(dir: string, index: number, round: number): void {
  const files = readdirSync(path.join(dir, 'templates')).sort();
  const file = path.join(dir, 'templates', files[index % files.length]!);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^body: (.*)$/m, `body: Update ${round}. $1`));
}

export interface CacheGroupOptions {
  /** Templates (default BENCH_CACHE_SIZE or 10,000). */
  size?: number;
  /** Re-runs per figure (default BENCH_CACHE_ROUNDS or 3). */
  rounds?: number;
  /** Also time `check` without the cache (default true; the whole benchmark may leave it to group 2's figures). */
  plainCheck?: boolean;
}

export function cacheGroup(work: string, options: CacheGroupOptions = {}): CacheFigures {
  const size = options.size ?? Number(process.env['BENCH_CACHE_SIZE'] ?? 10000);
  const rounds = options.rounds ?? Number(process.env['BENCH_CACHE_ROUNDS'] ?? 3);
  console.log(`\n5. Incremental runs and pack size: ${size} templates × 4 regions (eu, california, sea, china), as processes; re-runs median of ${rounds}`);
  const dir = path.join(work, `cache-${size}`);
  generateTemplates(ROOT, dir, size, 13);
  const cache = ['--cache', '--cache-location', 'cache'];
  const exportArgs = ['export', 'templates', '--out', 'pack', ...REGIONS, '--quiet'];
  const checkArgs = ['check', 'templates', ...REGIONS.map((a) => (a === '--regions' ? '--region' : a)), '--format', 'json'];

  const coldExportCache = timed([...exportArgs, ...cache], dir);
  const packBytesPerTemplate = treeBytes(path.join(dir, 'pack')) / size;
  const unchanged: number[] = [];
  const oneChanged: number[] = [];
  for (let i = 0; i < rounds; i++) unchanged.push(timed([...exportArgs, ...cache], dir));
  for (let i = 0; i < rounds; i++) {
    touchTemplate(dir, 17 + i * 101, i);
    oneChanged.push(timed([...exportArgs, ...cache], dir));
  }

  const checkNoCache = options.plainCheck === false ? NaN : timed(checkArgs, dir);
  const checkCacheCold = timed([...checkArgs, ...cache], dir);
  const checkUnchanged: number[] = [];
  const checkOne: number[] = [];
  for (let i = 0; i < rounds; i++) checkUnchanged.push(timed([...checkArgs, ...cache], dir));
  for (let i = 0; i < rounds; i++) {
    touchTemplate(dir, 29 + i * 101, 100 + i);
    checkOne.push(timed([...checkArgs, ...cache], dir));
  }
  rmSync(dir, { recursive: true, force: true });

  const f: CacheFigures = {
    templates: size,
    packBytesPerTemplate,
    coldExportCache,
    reExportUnchanged: median(unchanged),
    reExportOneChanged: median(oneChanged),
    checkNoCache,
    checkCacheCold,
    checkCacheUnchanged: median(checkUnchanged),
    checkCacheOneChanged: median(checkOne),
  };
  const s = (x: number) => `${x.toFixed(2)} s`;
  console.log(`   pack size: ${(f.packBytesPerTemplate / 1024).toFixed(1)} KB a template (target ≤ 15 KB)`);
  console.log(`   export --cache: cold ${s(f.coldExportCache)}; nothing changed ${s(f.reExportUnchanged)}; 1 template changed ${s(f.reExportOneChanged)} (target < 2 s)`);
  console.log(`   check: no cache ${s(f.checkNoCache)}; --cache cold ${s(f.checkCacheCold)}; nothing changed ${s(f.checkCacheUnchanged)} (target < 1 s); 1 template changed ${s(f.checkCacheOneChanged)}`);
  return f;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const work = mkdtempSync(path.join(tmpdir(), 'disclose-bench-cache-'));
  try {
    console.log(`disclose benchmark, group 5 · node ${process.version} · ${(await import('node:os')).cpus().length} cores`);
    cacheGroup(work);
  } catch (e) {
    console.error(`benchmark could not run: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
