/**
 * Which region × locale pairs a render or check covers. Regions: the ones asked for, else the
 * project's (config or flags). Locales: each region in those of its locales that are listed (its
 * default when it has none of them). A locale asked for (not one of the config file's list, which
 * covers whichever regions are chosen) that no chosen region has is an error.
 */
import { DiscloseError } from '../errors.js';
import { suggestion } from '../util/did-you-mean.js';
import type { Project, Target } from '../project.js';

export interface TargetSelection {
  regions?: string[] | 'all';
  locales?: string[] | 'all' | 'default';
}

/** The targets, or undefined when neither the selection nor the project names regions. */
export function selectTargets(project: Project, selection: TargetSelection = {}): Target[] | undefined {
  const { catalog, config } = project;
  const regions = selection.regions ?? config.regions;
  if (regions === undefined) return undefined;
  const fromFile = selection.locales === undefined && config.origins.locales?.layer === 'config';
  const locales = selection.locales ?? config.locales ?? 'default';
  const ids = regions === 'all' ? catalog.regionOrder : regions;
  if (!Array.isArray(locales)) return project.targets(ids, locales);
  const out: Target[] = [];
  const used = new Set<string>();
  for (const id of ids) {
    const region = catalog.region(id);
    const listed = locales.filter((l) => region.locales.includes(l));
    for (const l of listed) used.add(l);
    for (const locale of listed.length ? listed : [region.locales[0]!]) out.push({ region, locale });
  }
  locales.forEach((l) => {
    if (used.has(l) || fromFile) return;
    if (ids.length === 1) throw new DiscloseError('E_UNKNOWN_LOCALE', `region "${ids[0]}" has no locale "${l}"`, {}, `${suggestion(l, catalog.region(ids[0]!).locales)}Locales of ${ids[0]}: ${catalog.region(ids[0]!).locales.join(', ')}.`);
    throw new DiscloseError('E_UNKNOWN_LOCALE', `none of the regions ${ids.join(', ')} has locale "${l}"`, {}, `${suggestion(l, [...new Set(ids.flatMap((i) => catalog.region(i).locales))])}List locales that at least one of the regions has.`);
  });
  for (const t of out) catalog.locale(t.locale);
  return out;
}
