/** `disclose export` and `disclose export-merge`: the review pack for legal sign-off. */
import { existsSync, lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor, splitList, type TargetOptions } from '../cli/targets.js';
import { DiscloseError } from '../errors.js';
import { mergePacks, FORMATS, type Format } from '../export/export-pack.js';
import { exportPack } from '../api/export.js';

export interface ExportCommandOptions extends TargetOptions {
  out?: string;
  regions?: string[];
  locales?: string[];
  format?: string[];
  since?: string;
  shard?: string;
  quiet?: boolean;
  timestamp?: boolean;
}

export function parseFormats(values: string[] | undefined): Format[] {
  const list = splitList(values);
  if (list.length === 0) return [...FORMATS];
  for (const f of list) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new DiscloseError('E_USAGE', `unknown format "${f}"`, {}, `Formats: ${FORMATS.join(', ')}.`);
  }
  return FORMATS.filter((f) => list.includes(f));
}

export function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new DiscloseError('E_USAGE', `--shard takes i/n with 1 ≤ i ≤ n, not "${value}"`, {}, 'For example --shard 2/4.');
  return { index, count };
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/** Whether `inner` is `outer` or inside it, by path and, for paths that exist, by real path. */
function within(outer: string, inner: string): boolean {
  const inside = (a: string, b: string) => {
    const rel = path.relative(a, b);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
  };
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return undefined;
    }
  };
  const [ro, ri] = [real(outer), real(inner)];
  return inside(path.resolve(outer), path.resolve(inner)) || (ro !== undefined && ri !== undefined && inside(ro, ri));
}

/**
 * The pack replaces `--out` as a whole, so `--out` must be new, empty or an earlier export, and may
 * not hold anything the export reads: `--out notes.txt` or `--out templates` would delete them.
 * (`--since` may name `--out` itself: the earlier pack is read before it is replaced.)
 */
export function checkOutFolder(out: string, inputs: Array<string | undefined>, since?: string): void {
  const abs = path.resolve(out);
  const st = lstatOrUndefined(abs);
  // A symbolic link is refused where the folder is replaced, with its own message.
  if (st && !st.isSymbolicLink()) {
    if (!st.isDirectory()) throw new DiscloseError('E_PATH', 'the output folder is a file; the export would replace it', { file: out }, 'Pass a new folder, or an earlier export, for --out.');
    if (readdirSync(abs).length > 0 && !existsSync(path.join(abs, 'pack.json'))) {
      throw new DiscloseError('E_PATH', 'the output folder is not an earlier disclose export (no pack.json); the export would replace it and everything in it', { file: out }, 'Pass a new or empty folder, or an earlier export, for --out.');
    }
  }
  for (const input of inputs) {
    if (input === undefined || (since !== undefined && path.resolve(input) === path.resolve(since) && path.resolve(since) === abs)) continue;
    if (within(abs, input)) throw new DiscloseError('E_PATH', `the output folder holds ${input}, which the export reads; the export would replace it`, { file: out }, 'Pass an output folder outside the templates, the organization, the config and the earlier export.');
  }
}

/** A shard's data/, pages/ and meta/ are read file by file: each must be a real folder, not a link to one elsewhere. */
export function checkShardFolders(shards: string[]): void {
  for (const dir of shards) {
    for (const sub of ['data', 'pages', 'meta']) {
      const st = lstatOrUndefined(path.join(dir, sub));
      if (st && !st.isDirectory()) {
        throw new DiscloseError('E_PATH', `${sub} in ${dir} is ${st.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}`, { file: path.join(dir, sub) }, 'Merge folders written by `disclose export --shard`.');
      }
    }
  }
}

export async function exportCommand(paths: string[], opts: ExportCommandOptions, io: IO): Promise<number> {
  const formats = parseFormats(opts.format);
  const shard = parseShard(opts.shard);
  const regions = [...splitList(opts.region), ...splitList(opts.regions)];
  const locales = [...splitList(opts.locale), ...splitList(opts.locales)];
  const { project } = openFor(paths, { ...opts, region: regions, locale: locales }, io);
  const since = opts.since ? path.resolve(io.cwd, opts.since) : undefined;
  const config = project.config;
  if (config.out) checkOutFolder(config.out, [...project.templateFiles, project.org.file, config.file, config.wording, ...config.regionFolders, since], since);
  const summary = await exportPack(project, {
    ...(opts.allRegions ? { regions: 'all' as const } : {}),
    ...(opts.allLocales ? { locales: 'all' as const } : {}),
    formats,
    cwd: io.cwd,
    ...(opts.since ? { since: opts.since } : {}),
    ...(shard ? { shard } : {}),
    ...(io.isTTY && !opts.quiet ? { progress: io.stderr } : {}),
    ...(opts.timestamp ? { timestamp: new Date().toISOString() } : {}),
  });
  if (!opts.quiet) io.stderr(`exported ${summary.templates} templates, ${summary.rows} rows (${summary.errors} errors, ${summary.warnings} warnings) to ${path.relative(io.cwd, summary.out) || '.'}\n`);
  return summary.errors > 0 ? EXIT.findings : EXIT.clean;
}

export async function exportMergeCommand(shards: string[], opts: { out: string; since?: string; quiet?: boolean; timestamp?: boolean }, io: IO): Promise<number> {
  const dirs = shards.map((s) => path.resolve(io.cwd, s));
  const out = path.resolve(io.cwd, opts.out);
  const since = opts.since ? path.resolve(io.cwd, opts.since) : undefined;
  checkOutFolder(out, [...dirs, since], since);
  checkShardFolders(dirs);
  const summary = await mergePacks(dirs, { out, cwd: io.cwd, since, timestamp: opts.timestamp ? new Date().toISOString() : undefined });
  if (!opts.quiet) io.stderr(`merged ${shards.length} shards: ${summary.templates} templates, ${summary.rows} rows to ${path.relative(io.cwd, summary.out) || '.'}\n`);
  return summary.errors > 0 ? EXIT.findings : EXIT.clean;
}
