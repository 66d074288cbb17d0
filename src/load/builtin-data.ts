/**
 * disclose's own data files (taxonomy, channels, regions, locales) parsed and schema-checked at
 * build time into dist/builtin-data.json, so a command does not parse YAML it ships. A file edited
 * after the build (newer than the bundle) is parsed from source as usual.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT, packagePath } from './package-root.js';
import type { YamlFile } from './yaml-file.js';

interface Bundle {
  builtAt: number;
  files: Record<string, unknown>;
  /** Snippets precompiled by Handlebars, by path. */
  snippets: Record<string, string>;
  /** Place codes ICU names, with the ICU version they were read from. */
  places: { icu: string; codes: string[] };
  /** Country names and unit words of the shipped locales, from the same ICU. */
  intl?: Record<string, { countries: Record<string, string>; units: Record<string, string[]> }>;
}

let bundle: Bundle | null | undefined;

function load(): Bundle | null {
  if (bundle !== undefined) return bundle;
  const file = packagePath('dist', 'builtin-data.json');
  bundle = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Bundle) : null;
  return bundle;
}

function fresh<T>(section: Record<string, T> | undefined, file: string, builtAt: number): T | undefined {
  const rel = path.relative(PACKAGE_ROOT, path.resolve(file)).split(path.sep).join('/');
  if (rel.startsWith('..') || !section || !Object.prototype.hasOwnProperty.call(section, rel)) return undefined;
  try {
    if (statSync(file).mtimeMs > builtAt) return undefined;
  } catch {
    return undefined;
  }
  return section[rel];
}

/** The bundled parse of one of our own files, or undefined when it is not bundled or is newer. */
export function builtinYaml(file: string): YamlFile | undefined {
  const b = load();
  if (!b) return undefined;
  const data = fresh(b.files, file, b.builtAt);
  return data === undefined ? undefined : { file, data, posOf: () => ({ file, line: 1, column: 1 }) };
}

/** The build's precompiled form of one of our own snippets, when the source has not changed since. */
export function builtinSnippet(file: string): string | undefined {
  const b = load();
  return b ? fresh(b.snippets, file, b.builtAt) : undefined;
}

/** Place codes computed at build time with this ICU version, if it is the running one. */
export function builtinPlaces(): string[] | undefined {
  const b = load();
  return b?.places && b.places.icu === process.versions.icu ? b.places.codes : undefined;
}

/** Country names and unit words of a shipped locale, computed at build time with this ICU version. */
export function builtinIntl(lng: string): { countries: Record<string, string>; units: Record<string, string[]> } | undefined {
  const b = load();
  if (!b?.intl || b.places?.icu !== process.versions.icu) return undefined;
  return b.intl[lng];
}
