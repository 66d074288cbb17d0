/**
 * Reads a project's approved-wording folders (the locale and snippet folders after ours) into the
 * keys and snippets they override, each with where it is written, and what they can override:
 * our wording keys, taxonomy entries, reader words and snippets, plus the keys, cues and snippets
 * the project's own regions and snippets use (a new region's `rights.<id>` sentence is new, not
 * stale).
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Handlebars from 'handlebars';
import { DiscloseError } from '../errors.js';
import type { SourcePos, TaxonomyKind } from '../model/types.js';
import type { Catalog } from './catalog.js';
import { listLocales, loadLocale, resourceKeys, type Resources } from './locales.js';
import { packagePath } from './package-root.js';
import { profileFromBuild } from './regions.js';
import { loadYamlData, readTextFile } from './read-file.js';

export type OverrideKind = 'wording' | 'label' | 'reader' | 'snippet';

export interface OverrideEntry {
  kind: OverrideKind;
  /** The locale folder it sits in (none for snippets). */
  locale?: string;
  /** Dotted key (`statement.share`, `data.user.name`, `actions.share`) or snippet name (`clause/recipients`). */
  key: string;
  file: string;
  pos: SourcePos;
}

export interface Overrides {
  entries: OverrideEntry[];
  /** What an entry of this kind (and locale) may override. */
  known(kind: OverrideKind, locale?: string): KnownKeys;
}

/** The keys an entry may override, asked one by one. */
export interface KnownKeys {
  has(key: string): boolean;
}

const require = createRequire(import.meta.url);
const KINDS: TaxonomyKind[] = ['data', 'purpose', 'recipient'];
/** Reader sections keyed by anything valid (place codes): the schema checks them, nothing can be stale. */
const OPEN_READER_SECTIONS = new Set(['places']);

/** Leaf paths of a YAML mapping (arrays are leaves). */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return prefix.length ? [prefix] : [];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return prefix.length ? [prefix] : [];
  return entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

function localeEntries(dir: string, lng: string): OverrideEntry[] {
  const out: OverrideEntry[] = [];
  for (const [name, kind] of [['wording.yaml', 'wording'], ['reader.yaml', 'reader'], ['taxonomy.yaml', 'label']] as const) {
    const file = path.join(dir, lng, name);
    if (!existsSync(file)) continue;
    const y = loadYamlData(file);
    const paths = kind === 'label'
      ? KINDS.flatMap((k) => Object.keys(((y.data ?? {}) as Record<string, object>)[k] ?? {}).map((key) => [k, key]))
      : leafPaths(y.data).filter((p) => p[0] !== '$schema' && !(kind === 'reader' && OPEN_READER_SECTIONS.has(p[0]!)));
    for (const p of paths) out.push({ kind, locale: lng, key: p.join('.'), file, pos: y.posOf(p, true) });
  }
  return out;
}

export function snippetFiles(dir: string): Array<{ name: string; file: string }> {
  const out: Array<{ name: string; file: string }> = [];
  for (const sub of ['clause', 'footer']) {
    const folder = path.join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) if (name.endsWith('.hbs')) out.push({ name: `${sub}/${name.slice(0, -4)}`, file: path.join(folder, name) });
  }
  return out;
}

/** A snippet's syntax tree; a syntax error is an input error at its line. */
export function parseSnippet(file: string): unknown {
  const hb = require('handlebars') as typeof Handlebars;
  const text = readTextFile(file);
  try {
    return hb.parse(text);
  } catch (e) {
    const err = e as Error & { lineNumber?: number };
    const lines = err.message.split('\n');
    const line = err.lineNumber ?? Number(/on line (\d+)/.exec(lines[0]!)?.[1] ?? 1);
    const detail = lines.length > 1 ? lines[lines.length - 1]! : lines[0]!;
    throw new DiscloseError('E_SCHEMA', `snippet does not parse: ${detail}`, { file, line, column: 1 }, 'Fix the Handlebars syntax.');
  }
}

/** Wording keys a snippet asks for by name: `{{t "clause.heading"}}` and `(t "…")`. */
function keysUsedBy(file: string): string[] {
  const ast = parseSnippet(file);
  const keys: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; path?: { original?: unknown }; params?: Array<{ type?: string; value?: unknown }> };
    const first = n.params?.[0];
    if (n.path?.original === 't' && first?.type === 'StringLiteral') keys.push(String(first.value));
    for (const [k, v] of Object.entries(n)) if (k !== 'loc') visit(v);
  };
  visit(ast);
  return keys;
}

export function readOverrides(catalog: Catalog): Overrides {
  const localeDirs = catalog.localeDirs.slice(1);
  const snippetDirs = catalog.snippetDirs.slice(1);
  const entries: OverrideEntry[] = [];
  for (const dir of localeDirs) {
    if (!existsSync(dir)) continue;
    for (const lng of readdirSync(dir).sort()) entries.push(...localeEntries(dir, lng));
  }
  const ownSnippets = snippetDirs.flatMap(snippetFiles);
  for (const s of ownSnippets) entries.push({ kind: 'snippet', key: s.name, file: s.file, pos: { file: s.file, line: 1, column: 1 } });

  const oursDir = packagePath('locales');
  const ourLocales = listLocales([oursDir]);
  const ours = new Map<string, { wording: string[]; reader: string[] }>();
  const ourKeys = (lng: string) => {
    let k = ours.get(lng);
    if (!k) {
      const data = ourLocales.includes(lng) ? loadLocale(lng, [oursDir]) : undefined;
      k = { wording: data ? resourceKeys(data.wording) : [], reader: data ? resourceKeys(data.reader as unknown as Resources) : [] };
      ours.set(lng, k);
    }
    return k;
  };
  // What the regions use: a region's rights sentence, its elements' cues and snippets. Ours from
  // the build name only what is ours in some locale, so they are asked last and only for a key no
  // set before them has: reading the overrides then resolves none of them (they resolve on first
  // use, `regions.ts`) unless an entry is unknown to all the rest.
  const usedBy = (ids: string[]) => {
    const regions = ids.map((id) => catalog.regions.get(id)!);
    return {
      wording: new Set(regions.map((r) => `rights.${r.rights}`)),
      reader: new Set(regions.flatMap((r) => r.elements.flatMap((e) => (e.detect.cue ?? []).map((c) => `cues.${c}`)))),
      snippet: new Set(regions.flatMap((r) => r.elements.map((e) => `clause/${e.snippet}`))),
    };
  };
  const ids = [...catalog.regions.keys()];
  const own = usedBy(ids.filter((id) => !profileFromBuild(catalog.regions, id)));
  let built: ReturnType<typeof usedBy> | undefined;
  const usedByBuilt = () => (built ??= usedBy(ids.filter((id) => profileFromBuild(catalog.regions, id))));
  const ownSnippetKeys = ownSnippets.flatMap((s) => keysUsedBy(s.file));
  const snippetNames = new Set(snippetFiles(packagePath('snippets')).map((s) => s.name));
  const snippets: KnownKeys = { has: (key) => snippetNames.has(key) || own.snippet.has(key) || usedByBuilt().snippet.has(key) };
  const labels = new Set(KINDS.flatMap((k) => [...catalog.taxonomy[k].keys()].map((key) => `${k}.${key}`)));
  const cache = new Map<string, KnownKeys>();
  return {
    entries,
    known(kind, locale = 'en') {
      if (kind === 'snippet') return snippets;
      if (kind === 'label') return labels;
      const id = `${kind}:${locale}`;
      let set = cache.get(id);
      if (!set) {
        const ours = new Set([...ourKeys('en')[kind], ...ourKeys(locale)[kind], ...own[kind], ...(kind === 'wording' ? ownSnippetKeys : [])]);
        set = { has: (key) => ours.has(key) || usedByBuilt()[kind].has(key) };
        cache.set(id, set);
      }
      return set;
    },
  };
}
