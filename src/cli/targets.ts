/** Shared option handling: which templates, organization, regions and locales a command covers. */
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { findOrganization, findTemplateFiles, openProject, type Project, type Target } from '../project.js';
import type { IO } from './io.js';

export interface TargetOptions {
  region?: string[];
  allRegions?: boolean;
  locale?: string[];
  allLocales?: boolean;
  org?: string;
}

export function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function openFor(paths: string[], opts: TargetOptions, io: IO): { project: Project; files: string[] } {
  const files = findTemplateFiles(paths.map((p) => path.resolve(io.cwd, p)));
  if (files.length === 0) throw new DiscloseError('E_USAGE', 'no template files found', {}, 'Pass template files (.yaml) or folders that hold them.');
  const orgFile = findOrganization(opts.org ? path.resolve(io.cwd, opts.org) : undefined, files, io.cwd);
  const templates = files.filter((f) => path.resolve(f) !== path.resolve(orgFile));
  return { project: openProject({ orgFile }), files: templates };
}

export function resolveTargets(project: Project, opts: TargetOptions): Target[] {
  const regions = splitList(opts.region);
  if (!opts.allRegions && regions.length === 0) {
    throw new DiscloseError('E_USAGE', 'no region given', {}, `Pass --region <id> (one of ${project.catalog.regionOrder.join(', ')}) or --all-regions.`);
  }
  const locales = splitList(opts.locale);
  return project.targets(opts.allRegions ? 'all' : regions, opts.allLocales ? 'all' : locales.length ? locales : 'default');
}
