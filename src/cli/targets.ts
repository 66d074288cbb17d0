/** Shared option handling: flags become library settings over the project's config file. */
import { DiscloseError } from '../errors.js';
import { loadProject, type LoadProjectOptions } from '../api/load-project.js';
import { selectTargets } from '../api/targets.js';
import type { ProjectSettings } from '../config/resolve-options.js';
import type { Project, Target } from '../project.js';
import type { IO } from './io.js';

export interface TargetOptions {
  region?: string[];
  allRegions?: boolean;
  locale?: string[];
  allLocales?: boolean;
  org?: string;
  /** `--config <file>`, or false for `--no-config`. */
  config?: string | false;
  /** `--as-of YYYY-MM-DD`: the date rules that depend on the day check as of. */
  asOf?: string;
}

export function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** The settings the flags set (each one overrides the config file's value). */
export function settingsFrom(paths: string[], opts: TargetOptions & { policy?: string[]; out?: string }, io: IO): LoadProjectOptions {
  const regions = splitList(opts.region);
  const locales = splitList(opts.locale);
  const policies = splitList(opts.policy);
  const settings: ProjectSettings = {
    ...(paths.length ? { templates: paths } : {}),
    ...(opts.org ? { org: opts.org } : {}),
    ...(opts.allRegions ? { regions: 'all' as const } : regions.length ? { regions } : {}),
    ...(opts.allLocales ? { locales: 'all' as const } : locales.length ? { locales } : {}),
    ...(policies.length ? { policies } : {}),
    ...(opts.out ? { out: opts.out } : {}),
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
  };
  return { ...settings, cwd: io.cwd, ...(opts.config !== undefined ? { config: opts.config } : {}) };
}

export function openFor(paths: string[], opts: TargetOptions & { policy?: string[]; out?: string }, io: IO): { project: Project; files: string[] } {
  const project = loadProject(settingsFrom(paths, opts, io));
  if (project.templateFiles.length === 0) {
    throw new DiscloseError('E_USAGE', paths.length || project.config.templates.length ? 'no template files found' : 'no templates given', positionOfTemplates(project), 'Pass template files (.yaml) or folders that hold them, or list them under `templates:` in disclose.config.yaml.');
  }
  return { project, files: project.templateFiles };
}

function positionOfTemplates(project: Project) {
  const origin = project.config.origins.templates;
  return origin?.layer === 'config' ? (origin.pos ?? {}) : {};
}

/** The targets of the flags and config; an error when neither names a region. */
export function resolveTargets(project: Project, _opts?: TargetOptions): Target[] {
  const targets = selectTargets(project);
  if (!targets) {
    throw new DiscloseError('E_USAGE', 'no region given', {}, `Pass --region <id> (one of ${project.catalog.regionOrder.join(', ')}) or --all-regions, or list regions: in disclose.config.yaml.`);
  }
  return targets;
}
