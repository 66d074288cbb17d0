/** `disclose export` and `disclose export-merge`: the review pack for legal sign-off. */
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor, splitList, type TargetOptions } from '../cli/targets.js';
import { DiscloseError } from '../errors.js';
import { mergePacks, FORMATS, DEFAULT_FORMATS, type ExportSummary, type Format } from '../export/export-pack.js';
import { exportPack } from '../api/export.js';
import { count } from '../format/plural.js';
import { printable } from '../format/printable.js';
import { cacheDirOf } from '../cache/store.js';

export interface ExportCommandOptions extends TargetOptions {
  out?: string;
  policy?: string[];
  regions?: string[];
  locales?: string[];
  format?: string[];
  /** `--sarif`: also write findings.sarif. */
  sarif?: boolean;
  since?: string;
  signoffs?: string;
  shard?: string;
  jobs?: string;
  quiet?: boolean;
  timestamp?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  /** `--debug`: also say how many templates the cache served. */
  debug?: boolean;
}

/** `--format` (default: every format but sarif) and `--sarif` (sarif as well): the pack's formats, in FORMATS' order. */
export function parseFormats(values: string[] | undefined, sarif = false): Format[] {
  const list = splitList(values);
  for (const f of list) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new DiscloseError('E_USAGE', `unknown format "${f}"`, {}, `Formats: ${FORMATS.join(', ')}.`);
  }
  const chosen: readonly string[] = list.length === 0 ? DEFAULT_FORMATS : list;
  return FORMATS.filter((f) => chosen.includes(f) || (sarif && f === 'sarif'));
}

export function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new DiscloseError('E_USAGE', `--shard takes i/n with 1 ≤ i ≤ n, not "${value}"`, {}, 'For example --shard 2/4.');
  return { index, count };
}

export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 64) throw new DiscloseError('E_USAGE', `--jobs takes a whole number from 1 to 64, not "${value}"`, {}, 'For example --jobs 2; 1 runs in one thread.');
  return n;
}

export async function exportCommand(paths: string[], opts: ExportCommandOptions, io: IO): Promise<number> {
  const formats = parseFormats(opts.format, opts.sarif === true);
  const shard = parseShard(opts.shard);
  const jobs = parseJobs(opts.jobs);
  const regions = [...splitList(opts.region), ...splitList(opts.regions)];
  const locales = [...splitList(opts.locale), ...splitList(opts.locales)];
  const { project } = openFor(paths, { ...opts, region: regions, locale: locales }, io);
  const cacheDir = cacheDirOf(opts, project.config, io.cwd);
  const summary = await exportPack(project, {
    ...(opts.allRegions ? { regions: 'all' as const } : {}),
    ...(opts.allLocales ? { locales: 'all' as const } : {}),
    formats,
    cwd: io.cwd,
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.signoffs ? { signoffs: opts.signoffs } : {}),
    ...(shard ? { shard } : {}),
    ...(jobs ? { jobs } : {}),
    ...(io.isTTY && !opts.quiet ? { progress: io.stderr } : {}),
    ...(opts.timestamp ? { timestamp: new Date().toISOString() } : {}),
    ...(cacheDir ? { cache: { dir: cacheDir, note: (t: string) => io.stderr(printable(t)), cwd: io.cwd, ...(opts.debug ? { stats: io.stderr } : {}) } } : {}),
  });
  reportSignOffs(summary, io);
  if (!opts.quiet) io.stderr(printable(`exported ${count(summary.templates, 'template')}, ${count(summary.rows, 'row')} (${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')})${summary.threads > 1 ? ` in ${summary.threads} threads` : ''} to ${path.relative(io.cwd, summary.out) || '.'}; review: ${reviewText(summary)}\n`));
  return summary.errors > 0 ? EXIT.findings : EXIT.clean;
}

function reviewText(s: ExportSummary): string {
  const r = s.review;
  return `${r['signed-off']} signed off, ${r['needs-re-review']} need${r['needs-re-review'] === 1 ? 's' : ''} re-review, ${r.pending} pending`;
}

/** Sign-offs that were not applied are always printed, even with --quiet: none is dropped silently. */
function reportSignOffs(s: ExportSummary, io: IO): void {
  for (const p of s.signoffProblems) io.stderr(printable(`${p.file}:${p.line}: warning: sign-off of ${p.cell} not applied: ${p.message}\n`));
}

export async function exportMergeCommand(shards: string[], opts: { out: string; since?: string; quiet?: boolean; timestamp?: boolean }, io: IO): Promise<number> {
  const dirs = shards.map((s) => path.resolve(io.cwd, s));
  const out = path.resolve(io.cwd, opts.out);
  const since = opts.since ? path.resolve(io.cwd, opts.since) : undefined;
  const summary = await mergePacks(dirs, { out, cwd: io.cwd, since, timestamp: opts.timestamp ? new Date().toISOString() : undefined });
  reportSignOffs(summary, io);
  if (!opts.quiet) io.stderr(printable(`merged ${count(shards.length, 'shard')}: ${count(summary.templates, 'template')}, ${count(summary.rows, 'row')} to ${path.relative(io.cwd, summary.out) || '.'}; review: ${reviewText(summary)}\n`));
  return summary.errors > 0 ? EXIT.findings : EXIT.clean;
}
