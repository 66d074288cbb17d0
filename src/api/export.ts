/** `exportPack(project, options)`: the review pack of a project's templates (see src/export/). */
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { exportPack as writePack, DEFAULT_FORMATS, type ExportSummary, type Format } from '../export/export-pack.js';
import { checkOutFolder } from '../export/out-dir.js';
import type { Project } from '../project.js';
import type { TargetSelection } from './targets.js';
import type { CacheOptions } from '../cache/store.js';
import { loadPolicies, targetsFor } from './check.js';

export interface ExportPackOptions extends TargetSelection {
  /** Output folder; default: the config's `out`. */
  out?: string;
  /** Default: every format but `sarif` (DEFAULT_FORMATS); findings.sarif only when `sarif` is named. */
  formats?: Format[];
  since?: string;
  shard?: { index: number; count: number };
  /** Threads for the templates (default: one per core for 100 templates or more; 1 for one thread). */
  jobs?: number;
  /** Where progress is written, when wanted. */
  progress?: (text: string) => void;
  timestamp?: string;
  /** Base for relative paths in the pack (default: the project's working directory). */
  cwd?: string;
  /** Policy documents to check against (default: the project's, from the config or --policy). */
  policies?: string[];
  /** With `since`: the sign-off sheet (default: the previous pack's summary.csv). */
  signoffs?: string;
  /** `--cache`: the cache folder and where its notes go (`src/cache/store.ts`). */
  cache?: CacheOptions;
}

export async function exportPack(project: Project, options: ExportPackOptions = {}): Promise<ExportSummary> {
  const cwd = options.cwd ?? project.config.cwd;
  const out = options.out ?? project.config.out;
  if (!out) throw new DiscloseError('E_USAGE', 'no output folder', {}, 'Pass --out <dir>, or set out: in disclose.config.yaml.');
  if (project.templateFiles.length === 0) throw new DiscloseError('E_USAGE', 'no templates to export', {}, 'Pass template files or folders, or list them under templates: in disclose.config.yaml.');
  // The same inputs as `check`: the project's policy documents (config `policies:` or --policy),
  // whose regions and locales are added to the targets. An export covers every region unless
  // told otherwise, each in its default locale.
  const policyFiles = (options.policies ?? project.policyFiles).map((p) => path.resolve(project.config.cwd, p));
  const targets = targetsFor(project, { regions: options.regions ?? project.config.regions ?? 'all', ...(options.locales ? { locales: options.locales } : {}) }, loadPolicies(project, policyFiles));
  const absOut = path.resolve(cwd, out);
  const since = options.since ? path.resolve(cwd, options.since) : undefined;
  if (options.signoffs && !since) throw new DiscloseError('E_USAGE', '--signoffs needs --since', {}, 'Pass the pack the sheet was filled in for as --since <dir>: a sign-off is checked against that pack\'s cells.');
  const { config } = project;
  checkOutFolder(absOut, [...project.templateFiles, project.org.file, config.file, config.wording, ...config.regionFolders, ...policyFiles, since, options.cache?.dir], since);
  return writePack(project, project.templateFiles, {
    out: absOut,
    targets,
    formats: options.formats ?? [...DEFAULT_FORMATS],
    cwd,
    ...(since ? { since } : {}),
    ...(options.signoffs ? { signoffs: path.resolve(cwd, options.signoffs) } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(policyFiles.length ? { policyFiles } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  });
}
