/**
 * Loads the word lists of the template lint rules from `locales/<lng>/lint.yaml` (promotional words,
 * purpose-description heuristics, generic variable names). A project's locale folders override ours
 * list by list. Lists load once per catalog and language.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import type { Catalog } from './catalog.js';
import { packagePath } from './package-root.js';
import { readTextFile } from './read-file.js';
import { parseYaml, type YamlFile } from './yaml-file.js';

export interface PurposeWords {
  /** Fewer characters than this is too short to say trigger, content and recipient. */
  minLength?: number;
  generic: string[];
  trigger: string[];
  recipient: string[];
  content: string[];
  /** Concrete parameters besides digits: number words, thresholds, user actions. */
  parameter: string[];
}

export interface LintWords {
  lng: string;
  /** False for languages written without spaces between words (terms match anywhere). */
  wordBoundaries: boolean;
  promotional?: string[];
  /** Words that say a message carries a sign-in or verification code (template-category). */
  authentication?: string[];
  purpose?: Partial<PurposeWords>;
  variables?: { generic?: string[]; vague?: string[] };
  files: string[];
}

const LISTS: Record<string, readonly string[] | 'number' | 'boolean'> = {
  wordBoundaries: 'boolean',
  promotional: [],
  authentication: [],
  purpose: ['minLength', 'generic', 'trigger', 'recipient', 'content', 'parameter'],
  variables: ['generic', 'vague'],
};

function fail(y: YamlFile, at: Array<string | number>, message: string): never {
  throw new DiscloseError('E_SCHEMA', message, y.posOf(at), 'See schemas/locale-lint.schema.json.');
}

function stringList(y: YamlFile, value: unknown, at: Array<string | number>): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) fail(y, at, `${at.join('.')}: expected a list of words`);
  return value as string[];
}

/** Checks the shape by hand (the file is small); the JSON schema serves editors. */
function readLintFile(file: string): Partial<Omit<LintWords, 'lng' | 'files'>> {
  const y = parseYaml(readTextFile(file), file);
  const data = (y.data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) fail(y, [], 'lint.yaml: expected a mapping');
  const out: Partial<Omit<LintWords, 'lng' | 'files'>> = {};
  for (const [key, value] of Object.entries(data)) {
    const shape = LISTS[key];
    if (shape === undefined) fail(y, [key], `unknown field "${key}"`);
    if (key === 'wordBoundaries') {
      if (typeof value !== 'boolean') fail(y, [key], 'wordBoundaries: expected true or false');
      out.wordBoundaries = value;
    } else if (key === 'promotional' || key === 'authentication') {
      out[key] = stringList(y, value, [key]);
    } else {
      if (!value || typeof value !== 'object' || Array.isArray(value)) fail(y, [key], `${key}: expected a mapping`);
      const section: Record<string, unknown> = {};
      for (const [sub, v] of Object.entries(value as Record<string, unknown>)) {
        if (!(shape as readonly string[]).includes(sub)) fail(y, [key, sub], `unknown field "${key}.${sub}"`);
        if (sub === 'minLength') {
          if (!Number.isInteger(v) || (v as number) < 0) fail(y, [key, sub], `${key}.${sub}: expected a whole number`);
          section[sub] = v;
        } else section[sub] = stringList(y, v, [key, sub]);
      }
      if (key === 'purpose') out.purpose = section as Partial<PurposeWords>;
      else out.variables = section as LintWords['variables'];
    }
  }
  return out;
}

/** The lists of one language from every locale folder (later folders replace lists), or undefined. */
export function loadLintWords(lng: string, dirs: readonly string[]): LintWords | undefined {
  let words: LintWords | undefined;
  // Our lists for languages disclose writes no wording in (lint/<lng>.yaml), then every locale folder's.
  for (const file of [path.join(packagePath('lint'), `${lng}.yaml`), ...dirs.map((dir) => path.join(dir, lng, 'lint.yaml'))]) {
    if (!existsSync(file)) continue;
    const read = readLintFile(file);
    words = {
      lng,
      wordBoundaries: read.wordBoundaries ?? words?.wordBoundaries ?? true,
      promotional: read.promotional ?? words?.promotional,
      authentication: read.authentication ?? words?.authentication,
      purpose: { ...(words?.purpose ?? {}), ...(read.purpose ?? {}) },
      variables: { ...(words?.variables ?? {}), ...(read.variables ?? {}) },
      files: [...(words?.files ?? []), file],
    };
  }
  return words;
}

const perCatalog = new WeakMap<Catalog, Map<string, LintWords | undefined>>();

/** The lint word lists of a language for this catalog's locale folders, loaded once. */
export function lintWords(catalog: Catalog, lng: string): LintWords | undefined {
  let byLng = perCatalog.get(catalog);
  if (!byLng) {
    byLng = new Map();
    perCatalog.set(catalog, byLng);
  }
  if (!byLng.has(lng)) byLng.set(lng, loadLintWords(lng, catalog.localeDirs));
  return byLng.get(lng);
}

export interface PickedList<T> {
  value: T;
  /** The language the list came from. */
  lng: string;
  wordBoundaries: boolean;
  /** True when the template's language has no such list and English stood in. */
  fallback: boolean;
}

/** The lint languages to try for a template language: itself, then its base language (`pt-PT` → `pt-BR`, `en-US` → `en`). */
function candidatesFor(catalog: Catalog, lng: string): string[] {
  const base = lng.split('-')[0]!.toLowerCase();
  const same = lintLanguages(catalog).filter((l) => l !== lng && l.split('-')[0]!.toLowerCase() === base).sort((a, b) => a.length - b.length || a.localeCompare(b));
  return [lng, ...same];
}

const lintLanguageCache = new WeakMap<Catalog, string[]>();

/** The languages that have a lint.yaml in any locale folder (lint lists exist for languages disclose writes no wording in, e.g. pt-BR). */
export function lintLanguages(catalog: Catalog): string[] {
  let out = lintLanguageCache.get(catalog);
  if (!out) {
    const found = new Set<string>();
    if (existsSync(packagePath('lint'))) for (const name of readdirSync(packagePath('lint'))) if (name.endsWith('.yaml')) found.add(name.slice(0, -5));
    for (const dir of catalog.localeDirs) {
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) if (existsSync(path.join(dir, name, 'lint.yaml'))) found.add(name);
    }
    out = [...found].sort();
    lintLanguageCache.set(catalog, out);
  }
  return out;
}

/**
 * A list from the template's language (or the same base language), else from English when
 * `fallback` allows it. Word lists are per language: the promotional words of English say nothing
 * about a Portuguese message, so promotional-wording asks without the English stand-in.
 */
export function listFor<T>(catalog: Catalog, lng: string, pick: (w: LintWords) => T | undefined, options: { fallback?: boolean } = {}): PickedList<T> | undefined {
  const tried = candidatesFor(catalog, lng);
  const all = options.fallback === false || tried.includes('en') ? tried : [...tried, 'en'];
  for (const candidate of all) {
    const words = lintWords(catalog, candidate);
    const value = words ? pick(words) : undefined;
    if (words && value !== undefined) return { value, lng: candidate, wordBoundaries: words.wordBoundaries, fallback: candidate === 'en' && lng.split('-')[0] !== 'en' };
  }
  return undefined;
}
