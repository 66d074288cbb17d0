/**
 * `npm run bench`: three groups of figures, measured in one run.
 *   1. pipeline (render + read-back + cross-check + lint) vs bare Handlebars rendering of the same
 *      footers and clauses from precomputed contexts, items per second and their ratio, and what
 *      the pipeline is made of (rendering alone; rendering and reading back without rules);
 *   2. `disclose export` of 1,000 / 10,000 / 100,000 synthetic templates × 4 regions as a process:
 *      wall time and peak resident memory;
 *   3. start-up: `disclose --help` and one `render` against `node -e 0`, as ratios;
 *   4. hostile inputs: time to the error for each large or pathological input (issue 8), in-process.
 * BENCH_SIZES sets the export sizes (default 1000,10000; add 100000 for the largest run).
 * Exits non-zero only when it cannot run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTemplates } from './generate.js';
import { HOSTILE_INPUTS } from './hostile-inputs.js';
import { clearReaderCache, openProject, findTemplateFiles, run } from 'disclose';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'dist', 'bundle', 'bin.cjs');
const CHILD = path.join(ROOT, 'dist-bench', 'bench', 'measure-child.js');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

function pipelineVsBare(work: string): void {
  const dir = generateTemplates(ROOT, path.join(work, 'pipeline'), 100, 7);
  const files = findTemplateFiles([dir]);
  const project = openProject({ orgFile: path.join(work, 'pipeline', 'organization.yaml') });
  const templates = files.map((f) => project.loadTemplate(f));
  const targets = project.targets(['eu', 'california', 'sea', 'china'], 'all');
  const items = templates.length * targets.length;
  // Record every snippet call the pipeline makes, to replay them bare.
  const env = project.renderer.env;
  const calls: Array<{ name: string; context: object; scope: Parameters<typeof env.render>[2] }> = [];
  const original = env.render.bind(env);
  env.render = (name, context, scope) => {
    calls.push({ name, context, scope });
    return original(name, context, scope);
  };
  for (const t of templates) for (const target of targets) project.render(t, target);
  env.render = original;
  // What the pipeline's time is made of: rendering alone (contexts and snippets), and rendering
  // with the read-back (a project without rules reads the footer and clause back all the same).
  const noRules = openProject({ orgFile: path.join(work, 'pipeline', 'organization.yaml'), rules: [] });
  for (const t of templates) for (const target of targets) noRules.render(t, target);
  const rounds = 5;
  const pipe: number[] = [];
  const bare: number[] = [];
  const rendering: number[] = [];
  const readBack: number[] = [];
  const timed = (into: number[], pass: () => void) => {
    // Each round reads as one pass of a real run does: lines read in an earlier round are not
    // remembered (a template's lines are cached for its other regions and locales within the round).
    clearReaderCache();
    const t0 = process.hrtime.bigint();
    pass();
    into.push(items / (ms(t0) / 1000));
  };
  for (let r = 0; r < rounds; r++) {
    timed(pipe, () => {
      for (const t of templates) {
        project.lint(t);
        for (const target of targets) project.render(t, target);
      }
    });
    timed(bare, () => {
      for (const c of calls) original(c.name, c.context, { loc: c.scope.loc, claims: [] });
    });
    timed(rendering, () => {
      for (const t of templates) for (const target of targets) project.renderer.render(t, target.region, target.locale, project.org);
    });
    timed(readBack, () => {
      for (const t of templates) for (const target of targets) noRules.render(t, target);
    });
  }
  const p = median(pipe);
  const b = median(bare);
  console.log(`\n1. Pipeline vs bare rendering (${templates.length} templates × ${targets.length} region·locale targets = ${items} items, median of ${rounds} rounds)`);
  console.log(`   pipeline (render + read-back + cross-check + lint): ${p.toFixed(0)} items/s`);
  console.log(`   bare Handlebars (same ${calls.length} snippet renders, precomputed contexts): ${b.toFixed(0)} items/s`);
  console.log(`   ratio bare/pipeline: ${(b / p).toFixed(2)} (target ≤ 2.0)`);
  const share = (xs: number[]) => `${median(xs).toFixed(0)} items/s = ${(b / median(xs)).toFixed(2)}× bare`;
  console.log(`   made of: rendering alone (contexts + snippets) ${share(rendering)}; rendering and reading footer and clause back, no rules ${share(readBack)}`);
}

function runChild(args: string[], cwd: string): { wall: number; maxRssMb: number; code: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CHILD, BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = ms(t0) / 1000;
  const rss = /BENCH_MAXRSS_KB (\d+)/.exec(r.stderr)?.[1];
  if (r.status !== 0 && r.status !== 1) throw new Error(`disclose ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { wall, maxRssMb: rss ? Number(rss) / 1024 : NaN, code: r.status };
}

function exportAtScale(work: string): void {
  // 100,000 is opt-in (BENCH_SIZES=1000,10000,100000): at today's speed it alone takes longer
  // than the five minutes the whole benchmark may take.
  const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
  console.log('\n2. Export at scale: disclose export <N templates> --regions eu,california,sea,china (default locales), as a process');
  const rows: Array<{ n: number; wall: number; rss: number }> = [];
  for (const n of sizes) {
    const dir = path.join(work, `export-${n}`);
    generateTemplates(ROOT, dir, n, 11);
    const runs = n <= 1000 ? 3 : 1;
    const walls: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = runChild(['export', 'templates', '--out', `pack-${i}`, '--regions', 'eu,california,sea,china', '--quiet'], dir);
      walls.push(r.wall);
      rss.push(r.maxRssMb);
      rmSync(path.join(dir, `pack-${i}`), { recursive: true, force: true });
    }
    rows.push({ n, wall: median(walls), rss: median(rss) });
    console.log(`   ${String(n).padStart(7)} templates × 4 regions: ${median(walls).toFixed(2)} s wall, ${median(rss).toFixed(0)} MB peak RSS (median of ${runs})`);
    rmSync(dir, { recursive: true, force: true });
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    console.log(`   ${a.n} → ${b.n}: ×${(b.n / a.n).toFixed(0)} templates, ×${(b.wall / a.wall).toFixed(2)} time, ×${(b.rss / a.rss).toFixed(2)} memory`);
  }
  console.log('   targets: 10,000 × 4 under 10 s, peak memory under 400 MB, linear growth to 100,000');
}

function startup(): void {
  const time = (args: string[]) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return ms(t0);
  };
  const runs = 15;
  const measure = (args: string[]) => median(Array.from({ length: runs }, () => time(args)));
  const base = measure(['-e', '0']);
  const help = measure([BIN, '--help']);
  const render = measure([BIN, 'render', 'examples/templates/order_shipped.yaml', '--region', 'eu']);
  console.log(`\n3. Start-up (median of ${runs} runs)`);
  console.log(`   node -e 0: ${base.toFixed(0)} ms`);
  console.log(`   disclose --help: ${help.toFixed(0)} ms = ${(help / base).toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`   disclose render (one template, eu): ${render.toFixed(0)} ms = ${(render / base).toFixed(2)}× (target ≤ 2.5×)`);
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
  console.log(`\n4. Hostile inputs: time to the error, in-process (median of ${runs} runs)`);
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
try {
  console.log(`disclose benchmark · node ${process.version} · ${(await import('node:os')).cpus().length} cores`);
  pipelineVsBare(work);
  startup();
  await hostileInputs(work);
  exportAtScale(work);
  console.log(`\nbenchmark took ${(ms(t0) / 1000).toFixed(0)} s`);
} catch (e) {
  console.error(`benchmark could not run: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
