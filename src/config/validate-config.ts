/**
 * Checks a project's settings against what disclose knows once the catalog is loaded: region ids
 * (ours and the project's own), locales, rule ids, and the folders named. Each error points at the
 * config value at fault.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import type { Catalog } from '../load/catalog.js';
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
}

function shown(config: ProjectConfig, p: string): string {
  return path.relative(config.cwd, p) || p;
}

/**
 * A project's own region profiles name a rights sentence and element snippets; each must exist
 * (in every locale of the region that disclose has), or rendering would fail half-way.
 */
export function checkOwnRegions(catalog: Catalog, ourRegionsDir: string): void {
  const ours = path.resolve(ourRegionsDir) + path.sep;
  for (const region of catalog.regions.values()) {
    if (path.resolve(region.file).startsWith(ours)) continue;
    for (const el of region.elements) {
      if (!catalog.snippetDirs.some((d) => existsSync(path.join(d, 'clause', `${el.snippet}.hbs`)))) {
        throw new DiscloseError('E_SCHEMA', `element "${el.id}" of region "${region.id}" names the snippet "${el.snippet}", which does not exist`, { file: region.file }, `Add snippets/clause/${el.snippet}.hbs to the approved-wording folder (wording: in disclose.config.yaml), or name one of ours.`);
      }
    }
    const key = `rights.${region.rights}`;
    for (const lng of region.locales.filter((l) => catalog.locales.includes(l))) {
      const rights = catalog.locale(lng).wording.rights as Record<string, unknown> | undefined;
      if (typeof rights?.[region.rights] !== 'string') {
        throw new DiscloseError('E_SCHEMA', `region "${region.id}" uses the wording key "${key}", which locale ${lng} does not have`, { file: region.file }, `Add ${key} to locales/${lng}/wording.yaml in the approved-wording folder (wording: in disclose.config.yaml).`);
      }
    }
  }
}
