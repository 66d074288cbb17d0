/**
 * The cache file of `check --cache` and `export --cache`: one JSON file per command (and, for
 * export, per output folder) in the cache folder (default `node_modules/.cache/disclose`, as
 * ESLint's and Prettier's caches). It is a hint, never a source of truth:
 *
 * - a file that does not parse, is cut short, is another program's or another version's, or has
 *   an entry of the wrong shape is ignored as a whole, with a note on standard error;
 * - a file made for other inputs (another disclose, catalog, organization, config, policies or
 *   options: the `global` key) is simply a miss;
 * - it is written atomically (`writeFileAtomic`: a temporary file renamed over it), and a cache
 *   that cannot be written is a note, never a failed run.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { lstatOrUndefined } from '../io/lstat.js';
import { relativePath } from '../format/paths.js';
import { positionOf, type ProjectConfig } from '../config/resolve-options.js';
import { packageVersion } from '../version.js';
import { sha256 } from './fingerprint.js';
import { CodecError, Decoder, Encoder, type Code } from './codec.js';

export const CACHE_FORMAT = 'disclose-cache';
/** 2: entries in the compact encoding of `codec.ts` (a table of values and one of object shapes). */
export const CACHE_FORMAT_VERSION = 2;
/** Where the cache goes unless told otherwise, relative to the working directory. */
export const DEFAULT_CACHE_LOCATION = path.join('node_modules', '.cache', 'disclose');

export interface CacheOptions {
  /** The cache folder (absolute). */
  dir: string;
  /** Where notes go (a cache ignored or not written): standard error for the CLI. */
  note: (text: string) => void;
  /** The working directory: notes show paths relative to it, as errors and findings do. */
  cwd: string;
  /** Where to say how many templates were reused (`--debug`). */
  stats?: (text: string) => void;
}

/** The `--debug` line: how many of a run's templates the cache served. */
export function reportReuse(cache: CacheOptions, reused: number, total: number): void {
  cache.stats?.(`cache: ${reused} of ${total} template${total === 1 ? '' : 's'} reused\n`);
}



interface CacheData {
  format: typeof CACHE_FORMAT;
  formatVersion: number;
  disclose: string;
  kind: string;
  global: string;
  /** The tables of `codec.ts`: every primitive once, every object's keys once. */
  values: Array<string | number | boolean | null>;
  shapes: string[][];
  /** Each template's entry, encoded, by file. */
  entries: Record<string, Code>;
  /** What a command keeps besides its entries, as plain JSON (export: where each template's part of the aggregates is). */
  extra?: unknown;
  /**
   * How many values the tables held when every entry was last encoded afresh. Entries a run did
   * not change are written with the codes they were read with (`writeCache`), so the tables keep
   * values no entry uses any more; past half as many again, everything is encoded afresh.
   */
  fresh?: number;
}

/** What a cache file held besides its decoded entries: the codes its unchanged entries are written back with. */
interface Read {
  values: Array<string | number | boolean | null>;
  shapes: string[][];
  codes: Record<string, Code>;
  fresh: number;
  extra?: unknown;
}

/** The file behind each map `readCache` returned (by identity), for `writeCache`. */
const readFrom = new WeakMap<Map<string, unknown>, Read>();

/**
 * The cache folder for `--cache` / `--cache-location` (or the config's `cache:` and
 * `cacheLocation:`): undefined when the cache is off. A location that exists and is not a folder
 * is a usage error (exit 2) naming it; one that cannot be created is found out when the cache is
 * written, and is then a note.
 */
export function cacheDirFor(cache: boolean | undefined, location: string | undefined, cwd: string, from: { option: string; pos?: { file?: string; line?: number; column?: number } } = { option: '--cache-location' }): string | undefined {
  if (!cache) return undefined;
  const dir = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  const st = lstatOrUndefined(dir);
  let isDir = st?.isDirectory() ?? false;
  if (st?.isSymbolicLink()) {
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      isDir = false;
    }
  }
  if (st && !isDir) throw new DiscloseError('E_USAGE', `${from.option} ${relativePath(dir, cwd)} is not a folder`, from.pos ?? {}, 'Name a folder for the cache (it is created when missing), or remove the file there.');
  return dir;
}

/** The cache folder a command uses: its flags over the project's config. */
export function cacheDirOf(opts: { cache?: boolean; cacheLocation?: string }, config: ProjectConfig, cwd: string): string | undefined {
  if (opts.cacheLocation !== undefined) return cacheDirFor(opts.cache ?? config.cache, opts.cacheLocation, cwd);
  return cacheDirFor(opts.cache ?? config.cache, config.cacheLocation, cwd, config.cacheLocation ? { option: 'cacheLocation', pos: positionOf(config, 'cacheLocation') } : undefined);
}

/** The cache file of one command (and scope, e.g. an export's output folder) in the cache folder. */
export function cacheFile(dir: string, kind: string, scope = ''): string {
  return path.join(dir, scope ? `${kind}-${sha256(scope).slice(0, 12)}.json` : `${kind}.json`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The entries of a cache file made for `global`: empty when there is none or it was made for other
 * inputs; empty with a note when it cannot be trusted.
 */
export function readCache<E>(file: string, kind: string, global: string, isEntry: (v: unknown) => v is E, cache: CacheOptions, isExtra?: (v: unknown) => boolean): Map<string, E> {
  const note = cache.note;
  const shown = relativePath(file, cache.cwd);
  const empty = new Map<string, E>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') note(`note: the cache ${shown} cannot be read (${(e as Error).message}); running without it\n`);
    return empty;
  }
  const ignore = (why: string) => {
    note(`note: the cache ${shown} was ignored (${why}); running without it\n`);
    return empty;
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return ignore('it is not valid JSON: damaged or cut short');
  }
  if (!isObject(data) || data['format'] !== CACHE_FORMAT) return ignore('it is not a disclose cache');
  if (data['formatVersion'] !== CACHE_FORMAT_VERSION || data['disclose'] !== packageVersion()) return ignore('it was written by another version of disclose');
  if (data['kind'] !== kind || typeof data['global'] !== 'string' || !isObject(data['entries'])) return ignore('it is not a cache of this command');
  const decoder = Decoder.tables(data['values'], data['shapes']);
  if (!decoder) return ignore('its tables are damaged');
  // Made for other inputs: a miss, not worth decoding.
  if (data['global'] !== global) return empty;
  const out = new Map<string, E>();
  for (const [k, code] of Object.entries(data['entries'])) {
    let v: unknown;
    try {
      v = decoder.decode(code);
    } catch (e) {
      if (e instanceof CodecError || e instanceof RangeError) return ignore(`its entry for ${k} is damaged`);
      throw e;
    }
    if (!isEntry(v)) return ignore(`its entry for ${k} is damaged`);
    out.set(k, v);
  }
  const extra = data['extra'];
  if (extra !== undefined && !isExtra?.(extra)) return ignore('its record besides the entries is damaged');
  const values = data['values'] as Read['values'];
  const fresh = data['fresh'];
  readFrom.set(out, { values, shapes: data['shapes'] as string[][], codes: data['entries'] as Record<string, Code>, fresh: typeof fresh === 'number' && fresh <= values.length ? fresh : values.length, ...(extra !== undefined ? { extra } : {}) });
  return out;
}

/** What the file `readCache` returned these entries from kept besides them (checked by its `isExtra`); undefined when nothing. */
export function cacheExtra(entries: Map<string, unknown>): unknown {
  return readFrom.get(entries)?.extra;
}

/**
 * The tables and codes of `entries`. With `previous` (what `readCache` returned for this run), an
 * entry that is the very object read from the file (unchanged: the run reused it) keeps the code it
 * was read with, and the tables go on from the file's: one changed template of 10,000 is one entry
 * encoded, not 10,000. When the tables have grown by half since they were last made afresh (values
 * of entries gone or changed), every entry is encoded afresh.
 */
export function encodeEntries<E>(entries: Map<string, E>, previous?: Map<string, E>): Pick<CacheData, 'values' | 'shapes' | 'entries' | 'fresh'> {
  const read = previous && previous.size > 0 ? readFrom.get(previous) : undefined;
  if (read) {
    const encoder = Encoder.from(read.values, read.shapes);
    const encoded: Record<string, Code> = {};
    for (const [k, v] of entries) {
      const code = previous!.get(k) === v ? read.codes[k] : undefined;
      encoded[k] = code ?? encoder.encode(v);
    }
    if (encoder.values.length <= read.fresh + (read.fresh >> 1)) return { values: encoder.values, shapes: encoder.shapes, entries: encoded, fresh: read.fresh };
  }
  const encoder = new Encoder();
  const encoded: Record<string, Code> = {};
  for (const [k, v] of entries) encoded[k] = encoder.encode(v);
  return { values: encoder.values, shapes: encoder.shapes, entries: encoded, fresh: encoder.values.length };
}

/**
 * Writes the cache file atomically; a failure is a note, never an error of the run. `previous`: the
 * map `readCache` returned, whose unchanged entries (the same objects) are not encoded again.
 */
export function writeCache<E>(file: string, kind: string, global: string, entries: Map<string, E>, cache: CacheOptions, previous?: Map<string, E>, extra?: unknown): void {
  const data: CacheData = { format: CACHE_FORMAT, formatVersion: CACHE_FORMAT_VERSION, disclose: packageVersion(), kind, global, ...encodeEntries(entries, previous), ...(extra !== undefined ? { extra } : {}) };
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, JSON.stringify(data));
  } catch (e) {
    cache.note(`note: the cache ${relativePath(file, cache.cwd)} could not be written (${e instanceof DiscloseError ? e.message : (e as Error).message}); the run is not affected\n`);
  }
}
