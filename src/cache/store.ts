/**
 * The cache file of `check --cache` and `export --cache`: one JSON file per command (and, for
 * export, per output folder) in the cache folder (default `node_modules/.cache/disclose`, as
 * ESLint's and Prettier's caches). It is a hint, never a source of truth:
 *
 * - a file that does not parse, is cut short, is another program's or another version's, or has
 *   an entry of the wrong shape is ignored as a whole, with a note on standard error;
 * - a file made for other inputs (another disclose, catalog, organization, config, policies or
 *   options: the `global` key) is simply a miss;
 * - it is written atomically (`CacheWriter`: a temporary file, flushed, renamed over it), and a cache
 *   that cannot be written is a note, never a failed run.
 */
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { FileSink } from '../export/file-sink.js';
import { removeStaleTemps } from '../io/atomic-write.js';
import { newTag, siblingPath } from '../io/leftovers.js';
import { lstatOrUndefined } from '../io/lstat.js';
import { relativePath } from '../format/paths.js';
import { positionOf, type ProjectConfig } from '../config/resolve-options.js';
import { packageVersion } from '../version.js';
import { sha256 } from './fingerprint.js';
import { CodecError, Decoder, Encoder, type Code } from './codec.js';

export const CACHE_FORMAT = 'disclose-cache';
/**
 * 2: entries in the compact encoding of `codec.ts` (a table of values and one of object shapes);
 * 3: the same, with a key of an entry that a run may not need held as text (check's findings);
 * 4: export's record besides the entries also holds texts.json's SHA-256 and each shared page's
 *    digest and stats (`aggregate-spans.ts`), so a re-export reads no text it does not show anew.
 */
export const CACHE_FORMAT_VERSION = 4;
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
  decoder: Decoder;
  /** The codes of the key each entry was read without (`readCache`'s `defer`), by entry. */
  held?: WeakMap<object, unknown>;
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
export function readCache<E>(file: string, kind: string, global: string, isEntry: (v: unknown) => v is E, cache: CacheOptions, isExtra?: (v: unknown) => boolean, defer?: Defer<E>): Map<string, E> {
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
  const extra = data['extra'];
  if (extra !== undefined && !isExtra?.(extra)) return ignore('its record besides the entries is damaged');
  // A key the run may not need (`defer`): kept as its code, decoded by `decodeHeld` when asked.
  const deferred = defer?.key(extra);
  const held = deferred !== undefined ? new WeakMap<object, unknown>() : undefined;
  const out = new Map<string, E>();
  for (const [k, code] of Object.entries(data['entries'])) {
    let v: unknown;
    try {
      if (deferred !== undefined) {
        const d = decoder.decodeExcept(code, deferred);
        v = d.value;
        if (d.held !== undefined && typeof v === 'object' && v !== null) held!.set(v, d.held);
      } else v = decoder.decode(code);
    } catch (e) {
      if (e instanceof CodecError || e instanceof RangeError) return ignore(`its entry for ${k} is damaged`);
      throw e;
    }
    if (!(deferred !== undefined ? defer!.isEntry(v) : isEntry(v))) return ignore(`its entry for ${k} is damaged`);
    out.set(k, v as E);
  }
  const values = data['values'] as Read['values'];
  const fresh = data['fresh'];
  readFrom.set(out, { decoder, ...(held ? { held } : {}), values, shapes: data['shapes'] as string[][], codes: data['entries'] as Record<string, Code>, fresh: typeof fresh === 'number' && fresh <= values.length ? fresh : values.length, ...(extra !== undefined ? { extra } : {}) });
  return out;
}

/**
 * A key of every entry that `readCache` may leave as its code (`key(extra)`: which, or undefined to
 * decode every entry whole, as without it), and how an entry without it is checked. The entries are
 * then of type E but for that key: `decodeHeld` gives it, checked, when the run needs it.
 */
export interface Defer<E> {
  key(extra: unknown): string | undefined;
  isEntry(v: unknown): v is E;
}

/**
 * The value of the key `readCache` left undecoded in an entry (`Defer`), decoded and checked by
 * `isValue`; undefined when the entry holds none or it is damaged (the caller then works it out
 * again, as for a template that missed).
 */
export function decodeHeld<V>(entries: Map<string, unknown>, entry: object, isValue: (v: unknown) => v is V): V | undefined {
  const read = readFrom.get(entries);
  const code = read?.held?.get(entry);
  if (read === undefined || code === undefined) return undefined;
  try {
    const v = read.decoder.decode(code);
    return isValue(v) ? v : undefined;
  } catch (e) {
    if (e instanceof CodecError || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** What the file `readCache` returned these entries from kept besides them (checked by its `isExtra`); undefined when nothing. */
export function cacheExtra(entries: Map<string, unknown>): unknown {
  return readFrom.get(entries)?.extra;
}

/**
 * A cache file written entry by entry as a run makes them, so a run never holds every entry, its
 * codes and the file's text at once (10,000 templates held ≈30 KB each at the save that way): each
 * entry is encoded and appended to a temporary file beside the cache file as it is added, the
 * tables of `codec.ts` and `extra` go last, and `commit` renames the file over the old one (a torn
 * or half-written file is never the cache; a killed run leaves the temporary file, removed by the
 * next write once its process is gone). The file is the same JSON object `readCache` reads (its
 * keys in another order).
 *
 * With `previous` (what `readCache` returned for this run), an entry that is the very object read
 * from the file (unchanged: the run reused it) keeps the code it was read with, and the tables go
 * on from the file's: one changed template of 10,000 is one entry encoded, not 10,000. When the
 * tables have grown by half since they were last made afresh (values of entries gone or changed),
 * the file is written once more with every entry encoded afresh (read back one entry at a time).
 *
 * Nothing here fails a run: a cache that cannot be written is a note, and the writer then does
 * nothing more.
 */
export class CacheWriter<E> {
  /** The temporary file the entries are written to as they come (held and written in chunks, every write checked). */
  private sink: FileSink | undefined;
  private readonly tmp: string;
  private readonly encoder: Encoder;
  private readonly read: Read | undefined;
  private readonly fresh: number | undefined;
  private readonly keys = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly kind: string,
    private readonly global: string,
    private readonly cache: CacheOptions,
    private readonly previous?: Map<string, E>,
    /** A key of every entry written as text (`Encoder.encode`'s `hold`): one `readCache` may `defer`. */
    private readonly hold?: string,
  ) {
    const read = previous && previous.size > 0 ? readFrom.get(previous) : undefined;
    this.read = read;
    this.encoder = read ? Encoder.from(read.values, read.shapes) : new Encoder();
    this.fresh = read?.fresh;
    this.tmp = siblingPath(resolveFile(file), 'tmp', newTag());
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      removeStaleTemps(file);
      this.sink = new FileSink(this.tmp, undefined, 'wx');
    } catch (e) {
      this.fail(e);
      return;
    }
    this.put(`{"format":${JSON.stringify(CACHE_FORMAT)},"formatVersion":${CACHE_FORMAT_VERSION},"disclose":${JSON.stringify(packageVersion())},"kind":${JSON.stringify(kind)},"global":${JSON.stringify(global)},"entries":{`);
  }

  /** Whether an entry was added under this key. */
  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Encodes the entry and appends it (once per key: a key added again is ignored). */
  add(key: string, entry: E): void {
    if (this.sink === undefined || this.keys.has(key)) return;
    const code = (this.previous?.get(key) === entry ? this.read?.codes[key] : undefined) ?? this.encoder.encode(entry, this.hold);
    this.put(`${this.keys.size ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(code)}`);
    this.keys.add(key);
  }

  /** Writes the tables and `extra`, and puts the file in place of the cache file. */
  commit(extra?: unknown): void {
    if (this.sink === undefined) return;
    const values = this.encoder.values;
    const fresh = this.fresh ?? values.length;
    this.put(`},"values":${JSON.stringify(values)},"shapes":${JSON.stringify(this.encoder.shapes)},"fresh":${fresh}${extra !== undefined ? `,"extra":${JSON.stringify(extra)}` : ''}}`);
    if (this.sink === undefined) return;
    try {
      this.sink.close();
      this.sink = undefined;
    } catch (e) {
      this.fail(e);
      return;
    }
    if (this.fresh !== undefined && values.length > this.fresh + (this.fresh >> 1)) return this.afresh();
    try {
      renameSync(this.tmp, resolveFile(this.file));
    } catch (e) {
      this.fail(e);
    }
  }

  /** Removes the temporary file: the cache file stays as it was. */
  abort(): void {
    this.sink?.discard();
    this.sink = undefined;
    try {
      rmSync(this.tmp, { force: true });
    } catch {
      // never made (its folder could not be): nothing to remove
    }
  }

  /**
   * The file just written, written once more with every entry encoded afresh (one entry at a time),
   * so its tables no longer hold values no entry uses.
   */
  private afresh(): void {
    let data: CacheData;
    try {
      data = JSON.parse(readFileSync(this.tmp, 'utf8')) as CacheData;
    } catch (e) {
      this.fail(e);
      return;
    }
    rmSync(this.tmp, { force: true });
    const decoder = new Decoder(data.values, data.shapes);
    const again = new CacheWriter<unknown>(this.file, this.kind, this.global, this.cache, undefined, this.hold);
    for (const [k, code] of Object.entries(data.entries)) again.add(k, decoder.decode(code));
    again.commit(data.extra);
  }

  private put(text: string): void {
    if (this.sink === undefined) return;
    try {
      this.sink.write(text);
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.abort();
    noteUnwritten(this.cache, this.file, e);
  }
}

/** The note for a cache file that could not be written: the run goes on without it. */
export function noteUnwritten(cache: CacheOptions, file: string, e: unknown): void {
  cache.note(`note: the cache ${relativePath(file, cache.cwd)} could not be written (${(e as Error).message}); the run is not affected\n`);
}

/** The file a path names, following symbolic links (a linked cache file is replaced where the link points). */
function resolveFile(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Writes the cache file of `entries` (`CacheWriter`); a failure is a note, never an error of the
 * run. `previous`: the map `readCache` returned, whose unchanged entries (the same objects) are not
 * encoded again.
 */
export function writeCache<E>(file: string, kind: string, global: string, entries: Map<string, E>, cache: CacheOptions, previous?: Map<string, E>, extra?: unknown, hold?: string): void {
  const writer = new CacheWriter(file, kind, global, cache, previous, hold);
  for (const [k, v] of entries) writer.add(k, v);
  writer.commit(extra);
}
