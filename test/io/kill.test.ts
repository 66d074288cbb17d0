/**
 * Kill test for the atomic writes of `disclose sync --write` and `disclose export`: the built CLI
 * is started over an old state and killed with SIGKILL at seeded pseudo-random points, and every
 * file must afterwards be its complete old or its complete new version (the export folder, after
 * the recovery the next run does, exactly the old or exactly the new tree).
 *
 * Kill points, in each of the iterations:
 * - "timed": a delay from the start, in units of the unkilled run's duration T: before anything is
 *   written, while the export builds its temporary pack, around the end where the files are
 *   renamed into place, and after the run has finished (the kill then does nothing).
 * - "event": a short delay after the run is seen (fs.watch) creating its first temporary file
 *   (sync) or moving the previous pack aside (export). Sync writes and renames its files within a
 *   few milliseconds of a run of ~0.6 s, which a delay from the start rarely hits.
 *
 * Timing varies from run to run, so a fixed seed fixes the kill points, not the outcomes; a failure
 * names the seed, iteration and kill point. KILL_TEST_SEED=<n> tries other seeds.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { removeStaleTemps } from '../../src/io/atomic-write.js';
import { recoverAtomicDir } from '../../src/io/recover-dir.js';
import { lockOut } from '../../src/io/out-lock.js';
import { EXAMPLES, ROOT } from '../helpers/examples.js';
import { copyExamples, readTree } from '../helpers/tree.js';
import { prng } from '../../bench/generate.js';

const BIN = path.join(ROOT, 'dist', 'bin.js');
/** Run by `npm run test:long` only (vitest.config.ts, DISCLOSE_LONG_TESTS), which CI runs and which sets KILL_ITERATIONS=50; 10 without it. */
const ITERATIONS = Math.max(1, Number(process.env['KILL_ITERATIONS'] ?? 0) || 10);
const SEED = Number(process.env['KILL_TEST_SEED'] ?? 20_240_817);
/** One region keeps an export near its fixed start-up cost (~0.9 s here). */
const REGIONS = 'eu';
/** Generous: the machine may be shared; ~40 s when it is not. */
const TIMEOUT = 600_000;
/** A run that takes this long is stuck: it is killed and the test fails. */
const STUCK_MS = 60_000;

interface KillPoint {
  mode: 'timed' | 'event';
  fraction: number;
}

/** Where the kill points fall: shares of the iterations, timed ones in units of T. */
const BUCKETS = [
  { share: 0.2, mode: 'timed', from: 0, to: 0.5 }, // start-up, reading (export: and building)
  { share: 0.2, mode: 'timed', from: 0.5, to: 0.85 }, // rendering (export: building the new pack)
  { share: 0.24, mode: 'timed', from: 0.85, to: 1.05 }, // around the end: the writes and renames
  { share: 0.16, mode: 'timed', from: 1.05, to: 3 }, // after: a slower run still finishes first
  { share: 0.2, mode: 'event', from: 0, to: 1 }, // soon after the watched event (squared)
] as const;

/** The kill points of a seed: a shuffled set with the bucket shares, at random within each bucket. */
function killPoints(seed: number, n: number): KillPoint[] {
  const next = prng(seed);
  const sizes = BUCKETS.map((b) => Math.round(b.share * n));
  sizes[sizes.length - 1]! += n - sizes.reduce((a, b) => a + b, 0);
  const kinds = BUCKETS.flatMap((b, i) => Array.from({ length: sizes[i]! }, () => b));
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds.map((b) => {
    const u = next();
    return { mode: b.mode, fraction: b.mode === 'event' ? u ** 2 : b.from + u * (b.to - b.from) };
  });
}

interface Run {
  pid: number;
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** When the watched event happened (ms from the start), if it did. */
  eventAt?: number;
  /** When SIGKILL was sent (ms from the start), if it was. */
  killedAt?: number;
  /** Killed because it ran for STUCK_MS. */
  stuck: boolean;
  stderr: string;
}

interface RunOptions {
  watch: { dir: string; match: (name: string) => boolean };
  /** SIGKILL this many ms after the start, */
  killAt?: number;
  /** or this many ms after the watched event. */
  killAfterEvent?: number;
}

/** Runs `node dist/bin.js …`, killing it with SIGKILL as asked unless it has exited. */
function runCli(args: string[], cwd: string, opts: RunOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const timers: NodeJS.Timeout[] = [];
    let exited = false;
    let eventAt: number | undefined;
    let killedAt: number | undefined;
    let stuck = false;
    const kill = () => {
      if (exited) return;
      killedAt = performance.now() - start;
      child.kill('SIGKILL');
    };
    const watcher = watch(opts.watch.dir, (_type, name) => {
      if (eventAt !== undefined || !name || !opts.watch.match(String(name))) return;
      eventAt = performance.now() - start;
      if (opts.killAfterEvent !== undefined) timers.push(setTimeout(kill, opts.killAfterEvent));
    });
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    if (opts.killAt !== undefined) timers.push(setTimeout(kill, opts.killAt));
    timers.push(
      setTimeout(() => {
        stuck = true;
        kill();
      }, STUCK_MS),
    );
    child.on('error', (e) => {
      watcher.close();
      reject(e);
    });
    child.on('exit', () => {
      exited = true;
      for (const t of timers) clearTimeout(t);
    });
    child.on('close', (code, signal) => {
      watcher.close();
      resolve({ pid: child.pid!, ms: performance.now() - start, code, signal, eventAt, killedAt, stuck, stderr });
    });
  });
}

function killOptions(point: KillPoint, calib: Run, watchOpts: RunOptions['watch']): RunOptions {
  if (point.mode === 'timed') return { watch: watchOpts, killAt: point.fraction * calib.ms };
  return { watch: watchOpts, killAfterEvent: point.fraction * (calib.ms - calib.eventAt!) };
}

function describePoint(seed: number, i: number, point: KillPoint, run: Run, calib: Run): string {
  const at = point.mode === 'timed' ? `${(point.fraction * calib.ms).toFixed(0)} ms (${point.fraction.toFixed(3)} T)` : `${(point.fraction * (calib.ms - calib.eventAt!)).toFixed(1)} ms after the event`;
  const what = run.signal === 'SIGKILL' ? `killed at ${run.killedAt?.toFixed(0)} ms` : `exited with ${run.code} after ${run.ms.toFixed(0)} ms`;
  return `seed ${seed}, iteration ${i + 1}/${ITERATIONS}, ${point.mode} kill point ${at}: ${what} (T = ${calib.ms.toFixed(0)} ms)`;
}

function sameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.get(k)?.equals(v)) return false;
  return true;
}

function count(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

let ws = '';
/** The export of the templates before they were changed. */
let oldPack = '';

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${path.relative(ROOT, BIN)} is missing: the kill test runs the built CLI. Run \`npm run build\` first (\`npm test\` does).`);
  ws = copyExamples();
  cpSync(path.join(EXAMPLES, 'policies'), path.join(ws, 'policies'), { recursive: true });
  mkdirSync(path.join(ws, 'out'));
  // The old pack, by the CLI from the unchanged templates (this run also warms the caches).
  const first = await runCli(['export', 'templates', '--out', 'old-pack', '--regions', REGIONS, '--quiet'], ws, { watch: { dir: ws, match: () => false } });
  expect(first.code, first.stderr).toBe(0);
  oldPack = path.join(ws, 'old-pack');
  // Change the templates so the policies' delivery clauses and the pack go out of date.
  const file = path.join(ws, 'templates', 'order_shipped.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('retention: { value: 180, unit: day, from: delivery }');
  writeFileSync(file, text.replace('value: 180, unit: day', 'value: 90, unit: day'));
}, TIMEOUT);

describe('SIGKILL at random points', () => {
  it.concurrent('sync --write leaves every policy document complete, old or new', { timeout: TIMEOUT }, async () => {
    const dir = path.join(ws, 'policies');
    const names = readdirSync(dir).sort();
    expect(names.length).toBe(4);
    const before = new Map(names.map((n) => [n, readFileSync(path.join(dir, n))]));
    const restore = () => {
      for (const n of readdirSync(dir)) rmSync(path.join(dir, n), { force: true });
      for (const [n, bytes] of before) writeFileSync(path.join(dir, n), bytes);
    };
    const args = ['sync', ...names.map((n) => path.join('policies', n)), '--templates', 'templates', '--write'];
    const watchOpts = { dir, match: (n: string) => n.includes('.disclose-tmp-') };

    const calib = await runCli(args, ws, { watch: watchOpts });
    expect(calib.code, calib.stderr).toBe(0);
    expect(calib.stuck).toBe(false);
    expect(calib.eventAt, 'fs.watch saw no temporary file of sync --write').toBeDefined();
    const after = new Map(names.map((n) => [n, readFileSync(path.join(dir, n))]));
    for (const n of names) expect(after.get(n)!.equals(before.get(n)!), `${n} is not changed by sync --write`).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(names);

    const counts: Record<string, number> = {};
    const points = killPoints(SEED, ITERATIONS);
    for (const [i, point] of points.entries()) {
      restore();
      const run = await runCli(args, ws, killOptions(point, calib, watchOpts));
      const ctx = describePoint(SEED, i, point, run, calib);
      expect(run.stuck, `${ctx}: still running after ${STUCK_MS} ms`).toBe(false);
      const killed = run.signal === 'SIGKILL';
      if (!killed) expect(run.code, `${ctx}\n${run.stderr}`).toBe(0);
      let fresh = 0;
      for (const n of names) {
        const now = readFileSync(path.join(dir, n));
        const isNew = now.equals(after.get(n)!);
        expect(isNew || now.equals(before.get(n)!), `${ctx}: ${n} is neither its old nor its new version (${now.length} bytes)`).toBe(true);
        if (isNew) fresh++;
      }
      if (!killed) expect(fresh, `${ctx}: a finished run wrote every document`).toBe(names.length);
      // What a killed run leaves besides the documents: only its own temporary files.
      const left = readdirSync(dir).filter((n) => !before.has(n));
      const own = new RegExp(`^\\.(.+)\\.disclose-tmp-${run.pid}-[0-9a-f]{8}$`);
      for (const n of left) expect(before.has(own.exec(n)?.[1] ?? ''), `${ctx}: unexpected file ${n}`).toBe(true);
      if (!killed) expect(left, `${ctx}: a finished run leaves no temporary file`).toEqual([]);
      // The next write beside a document removes them, the killed process being gone.
      for (const n of names) removeStaleTemps(path.join(dir, n));
      expect(readdirSync(dir).sort(), `${ctx}: temporary files left after the clean-up`).toEqual(names);

      count(counts, fresh === 0 ? 'all old' : fresh === names.length ? 'all new' : 'some new');
      if (left.length) count(counts, 'temporary files left');
      count(counts, killed ? 'killed' : 'finished');
    }
    console.log(`kill test, sync --write of ${names.length} documents, seed ${SEED}, T = ${calib.ms.toFixed(0)} ms (first temporary file at ${calib.eventAt!.toFixed(0)} ms): ${JSON.stringify(counts)}`);
    // Robust to timing: a fifth of the kills come before 0.5 T, long before sync writes (at ~0.97
    // T), and a sixth after 1.05 T, most of them long after it has finished.
    expect(counts['all old'], 'no iteration ended with the old documents').toBeGreaterThan(0);
    expect(counts['all new'], 'no iteration ended with the new documents').toBeGreaterThan(0);
  });

  it.concurrent('export leaves the pack complete, old or new (after the next run\'s recovery)', { timeout: TIMEOUT }, async () => {
    const out = path.join(ws, 'out');
    const pack = path.join(out, 'pack');
    const old = readTree(oldPack);
    const restore = () => {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out);
      cpSync(oldPack, pack, { recursive: true });
    };
    const args = ['export', 'templates', '--out', path.join('out', 'pack'), '--regions', REGIONS, '--quiet'];
    const watchOpts = { dir: out, match: (n: string) => n.startsWith('.pack.disclose-old-') };

    restore();
    const calib = await runCli(args, ws, { watch: watchOpts });
    expect(calib.code, calib.stderr).toBe(0);
    expect(calib.stuck).toBe(false);
    expect(calib.eventAt, 'fs.watch did not see the previous pack moved aside').toBeDefined();
    const fresh = readTree(pack);
    expect(sameTree(fresh, old), 'the export did not change the pack').toBe(false);
    expect(readdirSync(out)).toEqual(['pack']);

    const counts: Record<string, number> = {};
    const points = killPoints(SEED + 1, ITERATIONS);
    for (const [i, point] of points.entries()) {
      restore();
      const run = await runCli(args, ws, killOptions(point, calib, watchOpts));
      const ctx = describePoint(SEED + 1, i, point, run, calib);
      expect(run.stuck, `${ctx}: still running after ${STUCK_MS} ms`).toBe(false);
      const killed = run.signal === 'SIGKILL';
      if (!killed) expect(run.code, `${ctx}\n${run.stderr}`).toBe(0);
      // The state the kill left: the pack, and the killed run's hidden siblings.
      const names = readdirSync(out);
      // A killed run may also leave its lock beside the folder (naming its own pid); the next run takes it over.
      const lockName = '.pack.disclose-lock';
      if (names.includes(lockName)) {
        const holder = readFileSync(path.join(out, lockName), 'utf8');
        if (holder.length) expect(JSON.parse(holder).pid, `${ctx}: the lock left is the killed run's`).toBe(run.pid);
        // Killed between creating the lock and writing it: the next run waits STALE_EMPTY_MS; the test does not.
        else rmSync(path.join(out, lockName));
      }
      const siblings = names.filter((n) => n !== 'pack' && n !== lockName);
      for (const n of siblings) expect(n, `${ctx}: unexpected entry`).toMatch(new RegExp(`^\\.pack\\.disclose-(tmp|old)-${run.pid}-[0-9a-f]{8}$`));
      if (!killed) expect(names, `${ctx}: a finished run releases its lock`).not.toContain(lockName);
      const hasPack = names.includes('pack');
      const hasTmp = siblings.some((n) => n.includes('-tmp-'));
      const hasOld = siblings.some((n) => n.includes('-old-'));
      const stage = !hasPack ? 'between the renames' : hasOld ? 'removing the old pack' : hasTmp ? 'building the new pack' : 'before or after';
      expect(hasPack || hasOld, `${ctx}: neither the pack nor the previous one is left`).toBe(true);
      if (!killed) expect(siblings, `${ctx}: a finished run leaves nothing beside the pack`).toEqual([]);

      // What the next run does first: take the lock (a dead run's is taken over), then recover.
      lockOut(pack).release();
      const r = recoverAtomicDir(pack);
      expect(Boolean(r.restored), `${ctx}: the previous pack is restored exactly when the pack is missing`).toBe(!hasPack);
      expect(readdirSync(out), `${ctx}: leftovers after the recovery`).toEqual(['pack']);
      const now = readTree(pack);
      const isNew = sameTree(now, fresh);
      const isOld = sameTree(now, old);
      expect(isNew || isOld, `${ctx}: after the recovery (${stage}), the pack is neither the old nor the new one (${now.size} files)`).toBe(true);
      if (stage === 'building the new pack' || stage === 'between the renames') expect(isOld, `${ctx}: ${stage}, the old pack must stay`).toBe(true);
      if (stage === 'removing the old pack' || !killed) expect(isNew, `${ctx}: ${stage}, the new pack must be in place`).toBe(true);

      count(counts, `${isNew ? 'new' : 'old'} (${stage})`);
      count(counts, killed ? 'killed' : 'finished');
    }
    console.log(`kill test, export, seed ${SEED + 1}, T = ${calib.ms.toFixed(0)} ms (previous pack moved aside at ${calib.eventAt!.toFixed(0)} ms): ${JSON.stringify(counts)}`);
    const total = (prefix: string) => Object.entries(counts).filter(([k]) => k.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);
    expect(total('old'), 'no iteration ended with the old pack').toBeGreaterThan(0);
    expect(total('new'), 'no iteration ended with the new pack').toBeGreaterThan(0);
    // The build takes most of an export (from ~0.3 T), so many of the timed kills land in it.
    expect(counts['old (building the new pack)'], 'no kill landed while the new pack was written').toBeGreaterThan(0);
  });
});
