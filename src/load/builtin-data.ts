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
  /** Parsed files outside locales/, by path. */
  files: Record<string, unknown>;
  /** Snippets precompiled by Handlebars, by path. */
  snippets: Record<string, string>;
  /** Place codes ICU names, with the ICU version they were read from. */
  places: { icu: string; codes: string[] };
  /** The locales with a file of their own in dist/builtin-locales/. */
  locales?: string[];
}

/** One locale's part (dist/builtin-locales/<lng>.json): its parsed files and, from the build's ICU, its country names and unit words. */
interface LocalePart {
  files: Record<string, unknown>;
  intl: { countries: Record<string, string>; units: Record<string, string[]> };
}

let bundle: Bundle | null | undefined;
const localeParts = new Map<string, LocalePart | null>();

function load(): Bundle | null {
  if (bundle !== undefined) return bundle;
  const file = packagePath('dist', 'builtin-data.json');
  bundle = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Bundle) : null;
  return bundle;
}

function localePart(b: Bundle, lng: string): LocalePart | null {
  let part = localeParts.get(lng);
  if (part === undefined) {
    const file = packagePath('dist', 'builtin-locales', `${lng}.json`);
    part = b.locales?.includes(lng) && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LocalePart) : null;
    localeParts.set(lng, part);
  }
  return part;
}

/** Our own file's path from the package root, with / separators, or undefined for other files. */
function relative(file: string): string | undefined {
  const rel = path.relative(PACKAGE_ROOT, path.resolve(file)).split(path.sep).join('/');
  return rel.startsWith('..') ? undefined : rel;
}

function fresh<T>(section: Record<string, T> | undefined, rel: string, file: string, builtAt: number): T | undefined {
  if (!section || !Object.prototype.hasOwnProperty.call(section, rel)) return undefined;
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
  const rel = relative(file);
  if (!b || rel === undefined) return undefined;
  const lng = /^locales\/([^/]+)\//.exec(rel)?.[1];
  const data = fresh(lng === undefined ? b.files : localePart(b, lng)?.files, rel, file, b.builtAt);
  return data === undefined ? undefined : { file, data, posOf: () => ({ file, line: 1, column: 1 }), builtin: true };
}

/** The build's precompiled form of one of our own snippets, when the source has not changed since. */
export function builtinSnippet(file: string): string | undefined {
  const b = load();
  const rel = relative(file);
  return b && rel !== undefined ? fresh(b.snippets, rel, file, b.builtAt) : undefined;
}

/** Place codes computed at build time with this ICU version, if it is the running one. */
export function builtinPlaces(): string[] | undefined {
  const b = load();
  return b?.places && b.places.icu === process.versions.icu ? b.places.codes : undefined;
}

/** A file the build wrote for a shipped locale (dist/<dir>/<lng>.json), when `lng` is a language tag and the file is there. */
function builtLocaleFile(dir: string, lng: string): string | undefined {
  const file = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lng) ? packagePath('dist', dir, `${lng}.json`) : undefined;
  return file && existsSync(file) ? file : undefined;
}

const lexiconForms = new Map<string, unknown>();

/**
 * The build's form of a shipped locale's reader lexicon (dist/builtin-lexicons/<lng>.json), or
 * undefined; src/claims/prebuilt-lexicon.ts takes it only for a lexicon of the same phrases.
 */
export function builtinLexicon(lng: string): unknown {
  if (!lexiconForms.has(lng)) {
    const file = builtLocaleFile('builtin-lexicons', lng);
    lexiconForms.set(lng, file ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined);
  }
  return lexiconForms.get(lng);
}

const corpora = new Map<string, Record<string, string[]> | undefined>();

/**
 * What disclose writes of each of our region profiles in a shipped locale (its authority,
 * vocabulary and citations: src/claims/quoted-texts.ts `regionTexts`), computed at build time
 * (dist/builtin-corpus/<lng>.json), by region id; undefined when the file is not this build's or
 * the locale's citation patterns changed since. Only for a profile made of the build's files.
 */
export function builtinRegionTexts(lng: string): Record<string, string[]> | undefined {
  if (!corpora.has(lng)) {
    const b = load();
    const file = builtLocaleFile('builtin-corpus', lng);
    let texts: Record<string, string[]> | undefined;
    if (b && file && builtinYaml(packagePath('locales', lng, 'citation.yaml'))) {
      const part = JSON.parse(readFileSync(file, 'utf8')) as { builtAt: number; regions: Record<string, string[]> };
      if (part.builtAt === b.builtAt) texts = part.regions;
    }
    corpora.set(lng, texts);
  }
  return corpora.get(lng);
}

/** Country names and unit words of a shipped locale, computed at build time with this ICU version. */
export function builtinIntl(lng: string): { countries: Record<string, string>; units: Record<string, string[]> } | undefined {
  const b = load();
  if (!b || b.places?.icu !== process.versions.icu) return undefined;
  return localePart(b, lng)?.intl;
}
