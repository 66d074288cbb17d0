/**
 * `npm run bench`: every figure of issue 22's table, measured in one run, side by side.
 *   1. pipeline (render + cross-check + lint) vs bare Handlebars rendering of the same footers and
 *      clauses from precomputed contexts, items per second and their ratio, on the all-distinct
 *      corpus (and, for comparison, the realistic one), and what the pipeline is made of;
 *   2. cold `disclose export` of 10,000 synthetic templates × 4 regions, realistic and all-distinct
 *      corpora, as a process: wall time, peak resident memory, pack size per template and what it
 *      is made of;
 *   3. on the realistic 10,000 (whose cold export fills the cache): re-export with `--cache` after
 *      one template changed and with nothing changed, `check --cache` cold, unchanged and after
 *      one change, the cache files' sizes (once bench/cache.ts, now this group: one cold export
 *      instead of two);
 *   4. `check examples/templates --all-regions`, `--help` and one `render` against `node -e 0`;
 *   5. hostile inputs: time to the error for each large or pathological input (issue 8), in-process.
 * Ends with the table of targets. BENCH_SIZES sets the export sizes (default 10000; 100000 adds the
 * realistic corpus at that size). Exits non-zero only when it cannot run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTemplates, REALISTIC, type CorpusMode } from './generate.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { clearReaderCache, openProject, findTemplateFiles, run } from 'disclose';
// The wording's keys as the loaders list them: a module of no imports, outside the package's API.
import { resourceKeys } from '../src/load/resource-keys.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'dist', 'bundle', 'bin.cjs');
const CHILD = path.join(ROOT, 'dist-bench', 'bench', 'measure-child.js');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

interface PipelineFigure {
  pipeline: number;
  bare: number;
  rendering: number;
  context: number;
}

function pipelineVsBare(work: string, mode: CorpusMode): PipelineFigure {
  const base = path.join(work, `pipeline-${mode}`);
  const dir = generateTemplates(ROOT, base, 100, 7, mode);
  const files = findTemplateFiles([dir]);
  const orgFile = path.join(base, 'organization.yaml');
  const first = openProject({ orgFile });
  const templates = files.map((f) => first.loadTemplate(f));
  const targets = first.targets(['eu', 'california', 'sea', 'china'], 'all');
  const items = templates.length * targets.length;
  // Record every snippet call rendering every item makes, to replay them bare: each render with an
  // organization of its own, so no work is shared between templates (like for like with a
  // pipeline that shares nothing).
  const env = first.renderer.env;
  const calls: Array<{ name: string; context: object; lng: string; region: (typeof targets)[number]['region'] }> = [];
  const original = env.render.bind(env);
  let region = targets[0]!.region;
  env.render = (name, context, scope) => {
    calls.push({ name, context, lng: scope.loc.lng, region });
    return original(name, context, scope);
  };
  for (const t of templates) {
    for (const target of targets) {
      region = target.region;
      first.renderer.render(t, target.region, target.locale, { ...first.org });
    }
  }
  env.render = original;
  const rounds = 5;
  const pipe: number[] = [];
  const bare: number[] = [];
  const rendering: number[] = [];
  const readBack: number[] = [];
  // Each round works as one pass of a real run does: a new project (nothing shared with an
  // earlier round, its locales loaded before the clock starts), and the reader's line cache empty.
  // What a run sets up once, before the clock on both sides (the recording had done it for the replay,
  // and the pipeline's rounds did it inside the clock): each locale's wording keys resolved and the
  // snippets made from their precompiled specs (rendered once with nothing; what they then throw is
  // of no interest).
  const fresh = (rules?: []) => {
    const project = openProject({ orgFile, ...(rules ? { rules } : {}) });
    for (const target of targets) {
      const loc = project.renderer.localizer(target.locale);
      for (const key of resourceKeys(loc.data.wording)) loc.has(key);
    }
    const loc = project.renderer.localizer(targets[0]!.locale);
    for (const name of project.renderer.env.names()) {
      try {
        project.renderer.env.render(name, {}, { loc, claims: [] });
      } catch {
        // made all the same
      }
    }
    return project;
  };
  const timed = (into: number[], pass: () => void) => {
    clearReaderCache();
    const t0 = process.hrtime.bigint();
    pass();
    into.push(items / (ms(t0) / 1000));
  };
  for (let r = 0; r < rounds; r++) {
    const project = fresh();
    timed(pipe, () => {
      for (const t of templates) {
        project.lint(t);
        for (const target of targets) project.render(t, target);
      }
    });
    // Replayed in a project opened as the pipeline's is (set up as above), not in the recording's.
    const replay = fresh().renderer;
    const locs = calls.map((c) => replay.localizerFor(c.lng, c.region));
    timed(bare, () => {
      for (let i = 0; i < calls.length; i++) replay.env.render(calls[i]!.name, calls[i]!.context, { loc: locs[i]!, claims: [] });
    });
    // What the pipeline's time is made of: rendering alone (contexts and snippets), and rendering
    // with what the rules compare (a project without rules builds it all the same).
    const renderer = fresh().renderer;
    timed(rendering, () => {
      for (const t of templates) for (const target of targets) renderer.render(t, target.region, target.locale, project.org);
    });
    const noRules = fresh([]);
    timed(readBack, () => {
      for (const t of templates) for (const target of targets) noRules.render(t, target);
    });
  }
  const p = median(pipe);
  const b = median(bare);
  console.log(`\n1${mode === 'distinct' ? '' : 'b'}. Pipeline vs bare rendering, ${mode} corpus (${templates.length} templates × ${targets.length} region·locale targets = ${items} items, median of ${rounds} rounds)`);
  console.log(`   pipeline (render + cross-check + lint): ${p.toFixed(0)} items/s`);
  console.log(`   bare Handlebars (same ${calls.length} snippet renders, precomputed contexts): ${b.toFixed(0)} items/s`);
  console.log(`   ratio bare/pipeline: ${(b / p).toFixed(2)}${mode === 'distinct' ? ' (target ≤ 3.0)' : ''}`);
  const share = (xs: number[]) => `${median(xs).toFixed(0)} items/s = ${(b / median(xs)).toFixed(2)}× bare`;
  console.log(`   made of: rendering alone (contexts + snippets) ${share(rendering)}; rendering and what the rules compare (the footer and clause read back, or the renderer's record of them), no rules ${share(readBack)}`);
  return { pipeline: p, bare: b, rendering: median(rendering), context: median(readBack) };
}

function runChild(args: string[], cwd: string): { wall: number; maxRssMb: number; code: number | null } {
  const t0 = process.hrtime.bigint();
  // stdout goes to /dev/null: the command still writes all of it (a check of 10,000 templates prints
  // more than 64 MB, which overflowed the pipe's buffer and killed the child), and the bench reads only
  // stderr (the peak RSS line).
  const r = spawnSync(process.execPath, [CHILD, BIN, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const wall = ms(t0) / 1000;
  const rss = /BENCH_MAXRSS_KB (\d+)/.exec(r.stderr)?.[1];
  if (r.status !== 0 && r.status !== 1) throw new Error(`disclose ${args.join(' ')} failed (${r.status ?? r.signal ?? r.error?.message}): ${r.stderr.slice(0, 600)}`);
  return { wall, maxRssMb: rss ? Number(rss) / 1024 : NaN, code: r.status };
}

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return total;
}

/** What a pack's bytes per template are made of: each top-level file and folder. */
function packParts(pack: string, n: number): string {
  return readdirSync(pack, { withFileTypes: true })
    .map((e) => ({ name: e.isDirectory() ? `${e.name}/` : e.name, bytes: e.isDirectory() ? folderBytes(path.join(pack, e.name)) : statSync(path.join(pack, e.name)).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .map((p) => `${p.name} ${(p.bytes / 1024 / n).toFixed(1)}`)
    .join(' · ');
}

const EXPORT_ARGS = ['--regions', 'eu,california,sea,china', '--quiet'];
const CHECK_ARGS = ['--region', 'eu,california,sea,china'];

interface ExportFigure {
  n: number;
  mode: CorpusMode;
  wall?: number;
  rss?: number;
  kbPerTemplate?: number;
  error?: string;
}

interface CacheFigure {
  reexport?: number;
  reexportUnchanged?: number;
  checkCold?: number;
  check?: number;
  checkOneChanged?: number;
  cacheMb?: { export: number; check: number };
  note?: string;
}

/** Changes one template's body (a new text each round), as an edit between two CI runs would. */
function touchTemplate(templates: string, index: number, round: number): void {
  const files = readdirSync(templates).sort();
  const file = path.join(templates, files[index % files.length]!);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^body: (.*)$/m, `body: Update ${round}. $1`));
}

const cacheBytes = (dir: string, prefix: string) => readdirSync(dir).filter((n) => n.startsWith(prefix)).reduce((t, n) => t + statSync(path.join(dir, n)).size, 0);

/**
 * A cold export of N templates × 4 regions (eu, california, sea, china; default locales) as a
 * process: wall time, peak resident memory and the pack's size per template (and what it is made
 * of). A failed export is reported as such and the benchmark goes on. With `incremental` (the
 * realistic corpus at 10,000), the cold export fills a cache (`--cache`; the figure includes
 * writing it) and the same project then gives the incremental figures: re-export after one
 * template changed and with nothing changed, `check --cache` cold, unchanged and after one change
 * (the two targets: median of 3 runs, a different template each round; the others one run).
 */
function coldExport(work: string, n: number, mode: CorpusMode, incremental = false): { fig: ExportFigure; cache?: CacheFigure } {
  const dir = path.join(work, `export-${mode}-${n}`);
  const templates = generateTemplates(ROOT, dir, n, 11, mode);
  const fig: ExportFigure = { n, mode };
  const cacheDir = path.join(dir, '.cache');
  const cacheArgs = incremental ? ['--cache', '--cache-location', cacheDir] : [];
  const exportArgs = ['export', 'templates', '--out', 'pack', ...EXPORT_ARGS, ...cacheArgs];
  let parts = '';
  try {
    const r = runChild(exportArgs, dir);
    fig.wall = r.wall;
    fig.rss = r.maxRssMb;
    fig.kbPerTemplate = folderBytes(path.join(dir, 'pack')) / 1024 / n;
    parts = packParts(path.join(dir, 'pack'), n);
  } catch (e) {
    fig.error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  }
  const what = `${String(n).padStart(7)} templates × 4 regions, ${mode.padEnd(9)}${incremental ? ' (--cache, cold)' : ''}`;
  console.log(fig.error ? `   ${what}: FAILED — ${fig.error}` : `   ${what}: ${fig.wall!.toFixed(2)} s wall, ${fig.rss!.toFixed(0)} MB peak RSS, pack ${fig.kbPerTemplate!.toFixed(1)} KB per template\n      KB per template: ${parts}`);
  let cache: CacheFigure | undefined;
  if (incremental) cache = fig.error ? { note: 'not run: the cold export failed' } : incremental10k(dir, templates, exportArgs, cacheDir);
  rmSync(dir, { recursive: true, force: true });
  return { fig, ...(cache ? { cache } : {}) };
}

function incremental10k(dir: string, templates: string, exportArgs: string[], cacheDir: string): CacheFigure {
  const rounds = 3;
  const cache = ['--cache', '--cache-location', cacheDir];
  const checkArgs = ['check', 'templates', ...CHECK_ARGS, ...cache];
  try {
    const one: number[] = [];
    for (let i = 0; i < rounds; i++) {
      touchTemplate(templates, 17 + i * 101, i);
      one.push(runChild(exportArgs, dir).wall);
    }
    // The figures beside the two targets run once: the benchmark's three minutes.
    const unchanged = [runChild(exportArgs, dir).wall];
    const exportMb = cacheBytes(cacheDir, 'export') / 1024 / 1024;
    const checkCold = runChild(checkArgs, dir).wall;
    const check: number[] = [];
    for (let i = 0; i < rounds; i++) check.push(runChild(checkArgs, dir).wall);
    touchTemplate(templates, 29, 100);
    const checkOne = [runChild(checkArgs, dir).wall];
    const f: CacheFigure = { reexport: median(one), reexportUnchanged: median(unchanged), checkCold, check: median(check), checkOneChanged: median(checkOne), cacheMb: { export: exportMb, check: cacheBytes(cacheDir, 'check') / 1024 / 1024 } };
    const s = (x: number) => `${x.toFixed(2)} s`;
    console.log(`   re-export --cache: 1 template changed ${s(f.reexport!)} (target < 2 s; median of ${rounds}); nothing changed ${s(f.reexportUnchanged!)} (1 run)`);
    console.log(`   check --cache: cold ${s(f.checkCold!)}; unchanged ${s(f.check!)} (target < 1 s; median of ${rounds}); 1 template changed ${s(f.checkOneChanged!)} (1 run)`);
    console.log(`   cache files: export ${f.cacheMb!.export.toFixed(1)} MB, check ${f.cacheMb!.check.toFixed(1)} MB`);
    return f;
  } catch (e) {
    const note = `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    console.log(`   incremental runs ${note}`);
    return { note };
  }
}

function exportAtScale(work: string): { exports: ExportFigure[]; cache: CacheFigure } {
  // Each size in both corpora (100,000 is opt-in, BENCH_SIZES=10000,100000, realistic only:
  // at today's speed it alone takes longer than the three minutes the benchmark may take).
  const sizes = (process.env['BENCH_SIZES'] ?? '10000').split(',').map(Number);
  console.log(`\n2–3. Cold export: disclose export <N templates> ${EXPORT_ARGS.join(' ')} (default locales), one run each, as a process;`);
  console.log(`   then, on the realistic corpus of the first size (its cold export fills the cache), the incremental runs with --cache`);
  console.log(`   realistic: templates drawn from ${REALISTIC.shapes} flow shapes, ${REALISTIC.unique * 100}% with flows of their own; distinct: every template its own flows`);
  const exports: ExportFigure[] = [];
  let cache: CacheFigure = { note: 'not run: no realistic export (BENCH_SIZES)' };
  for (const n of sizes) {
    const r = coldExport(work, n, 'realistic', n === sizes[0]);
    exports.push(r.fig);
    if (r.cache) cache = r.cache;
    if (n <= 10_000) exports.push(coldExport(work, n, 'distinct').fig);
  }
  return { exports, cache };
}

function startup(): { base: number; help: number; render: number; check: number } {
  const time = (args: string[]) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    // `check` exits 1 when the examples have findings: timed all the same.
    if (r.status !== 0 && !(args[1] === 'check' && r.status === 1)) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return ms(t0);
  };
  const runs = 11;
  // Interleaved, so the machine's drift hits every command alike.
  const commands = {
    base: ['-e', '0'],
    help: [BIN, '--help'],
    render: [BIN, 'render', 'examples/templates/order_shipped.yaml', '--region', 'eu'],
    check: [BIN, 'check', 'examples/templates', '--all-regions'],
  };
  const times: Record<keyof typeof commands, number[]> = { base: [], help: [], render: [], check: [] };
  for (let i = 0; i < runs; i++) for (const k of Object.keys(commands) as Array<keyof typeof commands>) times[k].push(time(commands[k]));
  const m = { base: median(times.base), help: median(times.help), render: median(times.render), check: median(times.check) };
  console.log(`\n4. Commands against node -e 0 (median of ${runs} runs each, interleaved)`);
  console.log(`   node -e 0: ${m.base.toFixed(0)} ms`);
  console.log(`   disclose --help: ${m.help.toFixed(0)} ms = ${(m.help / m.base).toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`   disclose render (one template, eu): ${m.render.toFixed(0)} ms = ${(m.render / m.base).toFixed(2)}× (target ≤ 2.5×)`);
  console.log(`   disclose check examples/templates --all-regions: ${m.check.toFixed(0)} ms = ${(m.check / m.base).toFixed(2)}× (target ≤ 4×)`);
  return m;
}

/** Runs the CLI in this process; the error code it printed, and the time to its exit code. */
async function timeToError(argv: string[], cwd: string): Promise<{ ms: number; exit: number; code: string }> {
  let err = '';
  const t0 = process.hrtime.bigint();
  const exit = await run(argv, { stdout: () => {}, stderr: (t) => (err += t), cwd, isTTY: false });
  return { ms: ms(t0), exit, code: /\[(E_[A-Z_]+)\]/.exec(err)?.[1] ?? '(none)' };
}

async function hostileInputs(work: string): Promise<void> {
  const start = process.hrtime.bigint();
  const hostile = path.join(ROOT, 'test', 'fixtures', 'hostile');
  const good = { organization: path.join(hostile, 'good', 'organization.yaml'), templates: path.join(hostile, 'good', 'templates') };
  const runs = 5;
  const inputs: Array<{ name: string; code: string; argv: string[]; cwd: string }> = [
    // Two of the committed corpus: the billion laughs and 65 nested flow sequences.
    { name: 'billion laughs (corpus)', code: 'E_YAML_ALIAS_LIMIT', argv: ['render', 'templates/alias-bomb.yaml', '--region', 'eu', '--org', good.organization, '--no-config'], cwd: hostile },
    { name: '65 nested "[" (corpus)', code: 'E_YAML_DEPTH', argv: ['render', 'templates/deep-flow.yaml', '--region', 'eu', '--org', good.organization, '--no-config'], cwd: hostile },
  ];
  for (const input of HOSTILE_INPUTS) {
    const dir = path.join(work, 'hostile', input.name.replace(/[^a-z0-9]+/gi, '-'));
    mkdirSync(dir, { recursive: true });
    inputs.push({ name: input.name, code: input.code, argv: input.write(dir, good), cwd: dir });
  }
  // One run first: the command modules load on first use, in any real run as well.
  await timeToError(inputs[0]!.argv, inputs[0]!.cwd);
  console.log(`\n5. Hostile inputs: time to the error, in-process (median of ${runs} runs)`);
  for (const input of inputs) {
    const times: number[] = [];
    let last = { ms: 0, exit: 0, code: '' };
    for (let i = 0; i < runs; i++) {
      last = await timeToError(input.argv, input.cwd);
      times.push(last.ms);
    }
    const ok = last.exit === 2 && last.code === input.code;
    console.log(`   ${input.name.padEnd(36)} ${median(times).toFixed(0).padStart(5)} ms  ${last.code}${ok ? '' : ` (expected ${input.code}, exit ${last.exit})`}`);
  }
  console.log(`   target: each under 1 s (this group: ${(ms(start) / 1000).toFixed(1)} s with writing the inputs)`);
}

const work = mkdtempSync(path.join(tmpdir(), 'disclose-bench-'));
const t0 = process.hrtime.bigint();
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
try {
  console.log(`disclose benchmark · node ${process.version} · ${cpus().length} cores · load average ${load()} at the start`);
  const pipe = pipelineVsBare(work, 'distinct');
  pipelineVsBare(work, 'realistic');
  const { exports, cache } = exportAtScale(work);
  const cmd = startup();
  await hostileInputs(work);
  const seconds = ms(t0) / 1000;
  // Every target of issue 22, side by side.
  // The table's size: 10,000 by default; the first of BENCH_SIZES otherwise (said in each row).
  const size = exports[0]?.n ?? 10_000;
  const N = size.toLocaleString('en-US');
  const at = (mode: CorpusMode) => exports.find((e) => e.n === size && e.mode === mode);
  const wall = (e: ExportFigure | undefined) => (!e ? 'not run' : e.error ? 'failed' : `${e.wall!.toFixed(2)} s`);
  const peaks = exports.filter((e) => e.rss !== undefined);
  const peak = peaks.length ? `${Math.max(...peaks.map((e) => e.rss!)).toFixed(0)} MB (${peaks.map((e) => `${e.n} ${e.mode}`).join(', ')})` : 'not measured';
  const kb = (e: ExportFigure | undefined) => (e?.kbPerTemplate === undefined ? 'not measured' : `${e.kbPerTemplate.toFixed(1)} KB`);
  const rows: Array<[string, string, string]> = [
    ['pipeline per item vs bare Handlebars, all-distinct', `${(pipe.bare / pipe.pipeline).toFixed(2)}×`, '≤ 3.0×'],
    [`cold export ${N} × 4, realistic`, wall(at('realistic')), '< 10 s'],
    [`cold export ${N} × 4, all-distinct`, wall(at('distinct')), '< 15 s'],
    [`re-export --cache, 1 of ${N} changed`, cache.reexport !== undefined ? `${cache.reexport.toFixed(2)} s` : cache.note!, '< 2 s'],
    ['check --cache, unchanged', cache.check !== undefined ? `${cache.check.toFixed(2)} s` : cache.note!, '< 1 s'],
    [`cache files, ${N} realistic (export · check)`, cache.cacheMb ? `${cache.cacheMb.export.toFixed(1)} MB · ${cache.cacheMb.check.toFixed(1)} MB` : cache.note!, '(was 113 MB · 95 MB)'],
    ['peak memory', peak, '< 400 MB'],
    ['pack per template × 4 regions (realistic · distinct)', `${kb(at('realistic'))} · ${kb(at('distinct'))}`, '≤ 15 KB'],
    ['check examples/templates --all-regions vs node -e 0', `${(cmd.check / cmd.base).toFixed(2)}×`, '≤ 4×'],
    ['--help vs node -e 0', `${(cmd.help / cmd.base).toFixed(2)}×`, '≤ 1.5×'],
    ['one render vs node -e 0', `${(cmd.render / cmd.base).toFixed(2)}×`, '≤ 2.5×'],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log('\nTargets (issue 22), from this run:');
  for (const [figure, measured, target] of rows) console.log(`   ${figure.padEnd(w0)}  ${measured.padEnd(w1)}  target ${target}`);
  console.log(`\nbenchmark took ${seconds.toFixed(0)} s · load average ${load()} at the end`);
} catch (e) {
  console.error(`benchmark could not run: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
