/**
 * Checks a project's settings against what disclose knows once the catalog is loaded: region ids
 * (ours and the project's own), locales, rule ids, and the folders named. Each error points at the
 * config value at fault.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { isIsoDate } from '../check/as-of.js';
import type { Catalog } from '../load/catalog.js';
import { packagePath } from '../load/package-root.js';
import { regionFile, regionPos } from '../load/regions.js';
import type { RegionProfile } from '../model/types.js';
import { positionOf, type ProjectConfig } from './resolve-options.js';

/** Folders the catalog is built from must exist before it is built. */
export function checkFolders(config: ProjectConfig): void {
  const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
  config.regionFolders.forEach((dir, i) => {
    if (!isDir(dir)) throw new DiscloseError('E_FILE_NOT_FOUND', `no such folder: ${shown(config, dir)}`, positionOf(config, 'regionFolders', i), 'List folders that hold region profiles (*.yaml).');
  });
  if (config.wording && !isDir(config.wording)) {
    throw new DiscloseError('E_FILE_NOT_FOUND', `no such folder: ${shown(config, config.wording)}`, positionOf(config, 'wording'), 'Name a folder with snippets/clause/, snippets/footer/ and locales/<lng>/.');
  }
  if (config.org && !existsSync(config.org)) {
    throw new DiscloseError('E_FILE_NOT_FOUND', `no such file: ${shown(config, config.org)}`, positionOf(config, 'org'), 'Name the organization file.');
  }
}

/** The date to check as of is a real date (YYYY-MM-DD), pointed at where it was set. */
export function checkAsOf(config: ProjectConfig): void {
  if (config.asOf === undefined || isIsoDate(config.asOf)) return;
  const flag = config.origins.asOf?.layer === 'option';
  throw new DiscloseError('E_USAGE', `${flag ? '--as-of' : 'asOf'} "${config.asOf}" is not a date`, positionOf(config, 'asOf'), 'Give the date to check as of as YYYY-MM-DD (e.g. 2026-12-07), or leave it out for today (UTC).');
}

export function checkAgainstCatalog(config: ProjectConfig, catalog: Catalog, ruleIds: readonly string[]): void {
  if (Array.isArray(config.regions)) {
    config.regions.forEach((id, i) => {
      if (!catalog.regions.has(id)) throw new DiscloseError('E_UNKNOWN_REGION', `unknown region "${id}"`, positionOf(config, 'regions', i), `Known regions: ${catalog.regionOrder.join(', ')}.`);
    });
  }
  // Locales given as options are checked against the chosen regions when targets are chosen.
  if (Array.isArray(config.locales) && config.origins.locales?.layer === 'config') {
    config.locales.forEach((lng, i) => {
      if (!catalog.locales.includes(lng)) throw new DiscloseError('E_UNKNOWN_LOCALE', `unknown locale "${lng}"`, positionOf(config, 'locales', i), `Available locales: ${catalog.locales.join(', ')}.`);
    });
  }
  for (const id of Object.keys(config.severity)) {
    if (!ruleIds.includes(id)) throw new DiscloseError('E_SCHEMA', `unknown rule "${id}" in severity`, positionOf(config, 'severity', id), `Rule ids: ${[...ruleIds].sort().join(', ')}.`);
  }
  // A project's own region profile may raise or lower rules: only rules that exist.
  for (const region of ownRegions(catalog, packagePath('regions'))) {
    for (const id of Object.keys(region.severity)) {
      if (!ruleIds.includes(id)) throw new DiscloseError('E_SCHEMA', `unknown rule "${id}" in the severity of region "${region.id}"`, regionPos(region, ['severity', id], true), `Rule ids: ${[...ruleIds].sort().join(', ')}.`);
    }
  }
}

/** The project's own region profiles (ours are not resolved for it: src/load/regions.ts resolves a profile of ours when first used). */
function ownRegions(catalog: Catalog, ourRegionsDir: string): RegionProfile[] {
  const ours = path.resolve(ourRegionsDir) + path.sep;
  return [...catalog.regions.keys()].filter((id) => !path.resolve(regionFile(catalog.regions, id)!).startsWith(ours)).map((id) => catalog.regions.get(id)!);
}

function shown(config: ProjectConfig, p: string): string {
  return path.relative(config.cwd, p) || p;
}

/**
 * A project's own region profiles name locales, a rights sentence and element snippets; each must
 * exist (the sentence in every locale the region lists), or rendering would fail half-way.
 */
export function checkOwnRegions(catalog: Catalog, ourRegionsDir: string): void {
  for (const region of ownRegions(catalog, ourRegionsDir)) {
    region.locales.forEach((lng, i) => {
      if (!catalog.locales.includes(lng)) {
        throw new DiscloseError('E_UNKNOWN_LOCALE', `region "${region.id}" lists the locale "${lng}", which disclose does not have`, regionPos(region, ['locales', i]), `Available locales: ${catalog.locales.join(', ')}; a new one is a locales/${lng}/ folder in the approved wording (wording: in disclose.config.yaml).`);
      }
    });
    for (const el of region.elements) {
      if (!catalog.snippetDirs.some((d) => existsSync(path.join(d, 'clause', `${el.snippet}.hbs`)))) {
        throw new DiscloseError('E_SCHEMA', `element "${el.id}" of region "${region.id}" names the snippet "${el.snippet}", which does not exist`, regionPos(region, ['elements']), `Add snippets/clause/${el.snippet}.hbs to the approved-wording folder (wording: in disclose.config.yaml), or name one of ours.`);
      }
    }
    const key = `rights.${region.rights}`;
    for (const lng of region.locales) {
      const rights = catalog.locale(lng).wording.rights as Record<string, unknown> | undefined;
      if (typeof rights?.[region.rights] !== 'string') {
        throw new DiscloseError('E_SCHEMA', `region "${region.id}" uses the wording key "${key}", which locale ${lng} does not have`, regionPos(region, ['rights']), `Add ${key} to locales/${lng}/wording.yaml in the approved-wording folder (wording: in disclose.config.yaml).`);
      }
    }
  }
}
