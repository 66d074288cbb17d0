/**
 * Loads the word lists of the template lint rules from `locales/<lng>/lint.yaml` (promotional words,
 * purpose-description heuristics, generic variable names). A project's locale folders override ours
 * list by list. Lists load once per catalog and language.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import type { Catalog } from './catalog.js';
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
  purpose?: Partial<PurposeWords>;
  variables?: { generic?: string[]; vague?: string[] };
  files: string[];
}

const LISTS: Record<string, readonly string[] | 'number' | 'boolean'> = {
  wordBoundaries: 'boolean',
  promotional: [],
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
    } else if (key === 'promotional') {
      out.promotional = stringList(y, value, [key]);
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
  for (const dir of dirs) {
    const file = path.join(dir, lng, 'lint.yaml');
    if (!existsSync(file)) continue;
    const read = readLintFile(file);
    words = {
      lng,
      wordBoundaries: read.wordBoundaries ?? words?.wordBoundaries ?? true,
      promotional: read.promotional ?? words?.promotional,
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

/** A list from the template's language, or from English when that language has none. */
export function listFor<T>(catalog: Catalog, lng: string, pick: (w: LintWords) => T | undefined): PickedList<T> | undefined {
  for (const candidate of lng === 'en' ? ['en'] : [lng, 'en']) {
    const words = lintWords(catalog, candidate);
    const value = words ? pick(words) : undefined;
    if (words && value !== undefined) return { value, lng: candidate, wordBoundaries: words.wordBoundaries, fallback: candidate !== lng };
  }
  return undefined;
}
