/**
 * `export --cache`: what the cache keeps of each template of an export to one output folder, and
 * how an unchanged template's pack files are reused. A template hits when its bytes and the run's
 * inputs are those of the last `--cache` export to this folder and its files in that pack are
 * still the ones that export wrote (same size, modification time and inode: a file edited or
 * replaced since is not trusted). Its files are then hard-linked (copied where links are not
 * possible) from the previous pack into the new one: the same bytes, not rendered or rewritten;
 * and its rows and findings for the aggregates (summaries, SARIF, index) come from the cache
 * instead of from reading its record back. Pack files are never written in place (`replaceFile`),
 * so a linked file of the previous pack stays as it was until the new pack has replaced it.
 */
import { copyFileSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../check/finding.js';
import { isFinding, runKey } from '../cache/check-cache.js';
import { CacheWriter, cacheExtra, cacheFile, readCache, reportReuse, type CacheOptions } from '../cache/store.js';
import { isAggregateSpans, PreviousAggregates, type AggregateSpans, type PageRecord, type SpanRecorder } from './aggregate-spans.js';
import type { Project } from '../project.js';
import type { ExportOptions } from './export-pack.js';
import { dataName, metaName, pageName } from './names.js';
import { isTemplateEntry, planTemplates, templateEntry, type Missed, type Plan, type Ran, type TemplateEntry } from '../cache/plan.js';
import { lstatOrUndefined } from '../io/lstat.js';
import type { SummaryRow } from './model.js';
import { isSummaryRows } from './read-pack.js';
import { flowsPageNamed, PreviousTexts, readTexts, TEXTS_FILE, type TextLookup, type TextTable } from './text-store.js';
import { diagramNamed } from './flow-diagram.js';

/** A template's part of the aggregates, as worked out from its record before any review. */
export interface Contribution {
  template: string;
  /** Its summary rows, before review state and change are added. */
  rows: SummaryRow[];
  /** Its findings, each once, as `check` lists them. */
  unique: Finding[];
  /** Per row: the hashes of its clause body and footer in texts.json, and the clause's heading line. */
  cells: Array<{ body: string; footer: string; heading: string }>;
  /** The hashes of its finding texts in texts.json. */
  findings: string[];
  /** The hash of its flows (raw, table and diagram) in texts.json (pack format 7). */
  flows: string;
  /** Its page's flows diagram, `diagrams/<hash>.svg` (pack format 6), when it has one. */
  diagram?: string;
  /**
   * What its cache entry needs (id, uses, whether it depends on the project's), sent with the part
   * by phase 1 when the plan did not load the template (`Plan.deferred`); never stored in the cache.
   */
  entry?: Missed;
}

export interface PackFile {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface ExportEntry extends TemplateEntry {
  /** Absent for a template outside this run's shard (kept for its uses of data). */
  pack?: { files: PackFile[]; contrib: Contribution };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SAFE_PATH = /^(data|pages|meta)\/[A-Za-z0-9_-]+\.(json|html)$/;

function isPackFile(v: unknown): v is PackFile {
  return isObject(v) && typeof v['path'] === 'string' && SAFE_PATH.test(v['path']) && [v['size'], v['mtimeMs'], v['ino']].every((n) => typeof n === 'number' && Number.isFinite(n));
}

export function isExportEntry(v: unknown): v is ExportEntry {
  if (!isTemplateEntry(v)) return false;
  const pack = (v as unknown as Record<string, unknown>)['pack'];
  if (pack === undefined) return true;
  if (!isObject(pack) || !Array.isArray(pack['files']) || !pack['files'].every(isPackFile)) return false;
  const c = pack['contrib'];
  return (
    isObject(c) &&
    typeof c['template'] === 'string' &&
    isSummaryRows(c['rows']) &&
    Array.isArray(c['unique']) &&
    c['unique'].every(isFinding) &&
    Array.isArray(c['cells']) &&
    c['cells'].length === (c['rows'] as unknown[]).length &&
    c['cells'].every((x) => isObject(x) && typeof x['body'] === 'string' && typeof x['footer'] === 'string' && typeof x['heading'] === 'string') &&
    Array.isArray(c['findings']) &&
    c['findings'].every((x) => typeof x === 'string') &&
    typeof c['flows'] === 'string' &&
    (c['diagram'] === undefined || (typeof c['diagram'] === 'string' && /^diagrams\/[0-9a-f]{16}\.svg$/.test(c['diagram'])))
  );
}

/** Whether the previous pack's texts hold every text the entry's cells name. */
function textsHeld(texts: TextTable | PreviousTexts | undefined, entry: ExportEntry): boolean {
  const c = entry.pack!.contrib;
  return !!texts && c.cells.every((x) => texts.holds('bodies', x.body) && texts.holds('footers', x.footer)) && c.findings.every((h) => texts.holds('findings', h)) && texts.holds('flows', c.flows);
}

/**
 * The previous pack's texts. Where the cache recorded texts.json's SHA-256 and every texts page's
 * file (cache format 4) and they are still those, texts.json is taken by that one hash and a body's
 * text is read from its page only when asked for (`PreviousTexts`); otherwise texts.json and every
 * page are read and each text checked against its hash, as before. Undefined when they are missing
 * or damaged (nothing is then reused).
 */
function previousTexts(out: string, spans: AggregateSpans | undefined, since: boolean): TextTable | PreviousTexts | undefined {
  // With --since every record is read back with its texts: all of them are needed anyway.
  if (spans?.texts && !since && (spans.pages ?? []).every((p) => !p.path.startsWith('texts/') || fileIntact(out, p))) {
    const prev = PreviousTexts.open(out, spans.texts);
    if (prev) return prev;
  }
  try {
    return readTexts(path.join(out, TEXTS_FILE));
  } catch {
    return undefined;
  }
}

/** A file of the previous pack as the cache records it: its path in the pack and its stats. */
interface RecordedFile {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * Whether a file of the previous pack (a template's file, a shared page) is still the one the cache
 * recorded: a plain file with the same size, modification time and inode.
 */
export function fileIntact(out: string, f: RecordedFile): boolean {
  const st = lstatOrUndefined(path.join(out, f.path));
  return !!st && st.isFile() && st.size === f.size && st.mtimeMs === f.mtimeMs && st.ino === f.ino;
}

/**
 * Whether the previous pack holds a shared file the entry shows — its diagram, its flows' page (pack
 * format 7) — with the bytes its name says (memo: by path).
 */
function sharedHeld(out: string, file: string | undefined, named: (name: string, bytes: Buffer) => boolean, seen: Map<string, boolean>): boolean {
  if (!file) return true;
  let ok = seen.get(file);
  if (ok === undefined) {
    const at = path.join(out, file);
    ok = !!lstatOrUndefined(at)?.isFile() && named(path.basename(file), readFileSync(at));
    seen.set(file, ok);
  }
  return ok;
}

/** Whether the entry's files in the previous pack are still the ones the cache recorded. */
export function packFilesIntact(out: string, entry: ExportEntry): boolean {
  if (!entry.pack) return false;
  return entry.pack.files.every((f) => fileIntact(out, f));
}

/**
 * Puts the entry's files of the previous pack into the new one: a hard link, or a copy where a link
 * is not possible. Returns whether every file was linked (a link has the stats the cache recorded:
 * same inode, size and modification time). The paths were held to `data|pages|meta/<plain name>`
 * when the cache was read (`isPackFile`), and those folders of the new pack are the ones this
 * export just made, so `insideDir`'s walk (most of the time a reused template took) is not needed.
 */
export function reuseFiles(out: string, tmp: string, entry: ExportEntry): boolean {
  let linked = true;
  for (const f of entry.pack!.files) {
    const from = path.join(out, f.path);
    const to = path.join(tmp, f.path);
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
      linked = false;
    }
  }
  return linked;
}

/** The stats of the pack files of a template, as they are now (after the aggregates). */
export function packFiles(dir: string, names: string[]): PackFile[] {
  const out: PackFile[] = [];
  for (const name of names) {
    const st = lstatOrUndefined(path.join(dir, name));
    if (st?.isFile()) out.push({ path: name, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino });
  }
  return out;
}

/** Writes a pack file as a new file: one linked from the previous pack is replaced, never written through. */
export function replaceFile(file: string, data: string): void {
  rmSync(file, { force: true });
  writeFileSync(file, data);
}

/** The aggregates' side of the cache: parts to reuse by data file name, and what this run made. */
export interface AggregateCache {
  reuse: Map<string, Contribution>;
  /**
   * A template's part as the aggregates used it, once its files in the pack being built (`dir`)
   * are final: its cache entry is encoded and written to the cache file there and then, so the
   * parts are never all held (10,000 of them were ≈14 KB each, with their codes and the file's text).
   */
  made(dir: string, name: string, part: Contribution): void;
  /** Templates whose page was written again with review states: not reusable as phase 1 wrote them. */
  rewritten: Set<string>;
  /** Templates (by file) whose files were all linked from the previous pack: their stats are the cached ones. */
  linked: Set<string>;
  /** The previous pack's aggregate files the cached parts of reused templates are copied from (`aggregate-spans.ts`). */
  previous?: PreviousAggregates;
  /** Where this run writes each template's part of the aggregates (set by the aggregates; not with --since). */
  spans?: SpanRecorder;
  /** The shared pages of the previous pack, by path, with the digests of their inputs and their stats (not with --since). */
  pages?: Map<string, PageRecord>;
}

/** The cache of an export to one folder: read and planned before the pack is built, saved after. */
export interface PackCache {
  plan: Plan<ExportEntry>;
  /** Templates of this run (its shard) whose files and aggregate parts are reused. */
  reused: Map<string, ExportEntry>;
  /**
   * Phase 1 is done: the templates it wrote, with what the plan left to the run (`Plan.deferred`: their
   * ids and uses' digests). Called before the aggregates, which write each template's entry.
   */
  ran(written: ReadonlyArray<{ file: string; dataName: string; ran?: Ran }>): void;
  /** The previous pack's texts, which the reused templates' records name (read when any is reused). */
  texts: TextLookup | undefined;
  aggregates: AggregateCache;
  /** Writes the entries of the templates the aggregates did not make (other shards', failed ones), once the aggregates are written. */
  record(tmp: string): void;
  /** Puts the cache file in place (once the new pack is). */
  save(): void;
  /** The run failed: the cache file stays as it was. */
  abort(): void;
}

export function openPackCache(project: Project, files: string[], chosen: string[], options: ExportOptions, cache: CacheOptions): PackCache {
  const mine = new Set(chosen);
  const policyFiles = options.policyFiles ?? [];
  const global = runKey(project, options.targets, policyFiles, { formats: options.formats, cwd: options.cwd, out: options.out, shard: options.shard ?? null });
  const file = cacheFile(cache.dir, 'export', options.out);
  const entries = readCache(file, 'export', global, isExportEntry, cache, isAggregateSpans);
  const spans = cacheExtra(entries) as AggregateSpans | undefined;
  let texts: TextTable | PreviousTexts | undefined;
  let textsRead = false;
  const diagrams = new Map<string, boolean>();
  const usable = (f: string, e: ExportEntry): boolean => {
    if (!mine.has(f)) return true;
    if (!packFilesIntact(options.out, e)) return false;
    if (!textsRead) {
      texts = previousTexts(options.out, spans, !!options.since);
      textsRead = true;
    }
    return textsHeld(texts, e) && sharedHeld(options.out, e.pack!.contrib.diagram, diagramNamed, diagrams) && sharedHeld(options.out, texts!.flows(e.pack!.contrib.flows)!.page, flowsPageNamed, diagrams);
  };
  // A cold run's templates are not loaded to plan it: phase 1 reports what their entries need.
  const plan = planTemplates(project, files, entries, policyFiles.length, usable, mine);
  const reused = new Map([...plan.hits].filter(([f]) => mine.has(f)));
  reportReuse(cache, reused.size, chosen.length);
  const reuse = new Map([...reused.values()].map((e) => [dataName(e.id), e.pack!.contrib]));
  // With --since the aggregates are made from the records (reviews, changes): nothing is copied.
  const previous = reuse.size && spans && !options.since ? PreviousAggregates.open(options.out, spans) : undefined;
  // Each template's entry as it will be written: its fields from the plan, by file.
  // `ran`: what phase 1 reported of a template the plan did not load.
  const baseOf = (f: string, ran?: Missed): TemplateEntry | undefined => {
    const hit = plan.hits.get(f);
    if (hit) return { key: hit.key, id: hit.id, ...(hit.idPos ? { idPos: hit.idPos } : {}), uses: hit.uses, ...(hit.usesHash ? { usesHash: hit.usesHash } : {}), ...(hit.sells ? { sells: hit.sells } : {}) };
    const missed = plan.missed.get(f) ?? ran;
    const key = plan.keys.get(f);
    return missed && key !== undefined ? templateEntry(missed, key, plan.usesHash, plan.sells) : undefined;
  };
  // This run's templates by data file name, for the entries the aggregates make.
  const fileOf = new Map<string, string>();
  for (const f of chosen) {
    const id = plan.hits.get(f)?.id ?? plan.missed.get(f)?.id;
    if (id !== undefined) fileOf.set(dataName(id), f);
  }
  const writer = new CacheWriter<ExportEntry>(file, 'export', global, cache, entries);
  /** A template's entry: the one read when it would be the same again (written back with its code). */
  const entryOf = (f: string, contrib: Contribution | undefined, dir: string, ran?: Missed): ExportEntry | undefined => {
    const hit = plan.hits.get(f);
    if (hit && (contrib ? hit.pack?.contrib === contrib && aggregates.linked.has(f) : !mine.has(f) && !hit.pack)) return hit;
    const base = baseOf(f, ran);
    if (!base || !contrib) return base;
    // A linked file is the previous pack's (same inode, size and time): its stats need no lstat.
    const files = hit?.pack && aggregates.linked.has(f) ? hit.pack.files : packFiles(dir, [`data/${dataName(base.id)}`, `pages/${pageName(base.id)}`, `meta/${metaName(base.id)}`]);
    return { ...base, pack: { files, contrib } };
  };
  const aggregates: AggregateCache = {
    reuse,
    made(dir, name, part) {
      const f = fileOf.get(name);
      if (f === undefined || writer.has(f)) return;
      // What phase 1 sent for the entry goes into its fields, not into the cached part.
      const { entry: ran, ...contrib } = part;
      const entry = entryOf(f, aggregates.rewritten.has(name) ? undefined : ran ? contrib : part, dir, ran);
      if (entry) writer.add(f, entry);
    },
    rewritten: new Set(),
    linked: new Set(),
    ...(previous ? { previous } : {}),
    // The shared pages are linked by their record only where the pack is made from the cache's parts (not with --since).
    ...(spans?.pages && !options.since ? { pages: new Map(spans.pages.map((p) => [p.path, p])) } : {}),
  };
  let recorded: AggregateSpans | undefined;
  return {
    plan,
    reused,
    texts,
    aggregates,
    ran(written) {
      if (plan.deferred.size === 0) return;
      const ran = new Map<string, Ran>();
      for (const w of written) {
        if (!plan.deferred.has(w.file) || !w.ran) continue;
        ran.set(w.file, w.ran);
        fileOf.set(w.dataName, w.file);
      }
      plan.settle(ran);
    },
    record(tmp) {
      aggregates.previous?.close();
      recorded = aggregates.spans?.finish(tmp);
      for (const f of files) {
        if (writer.has(f)) continue;
        const entry = entryOf(f, undefined, tmp);
        if (entry) writer.add(f, entry);
      }
    },
    save() {
      // Nothing rendered and nothing written again: the cache already says all of this.
      // (The aggregates are new files, though: where their parts are is written whenever it was recorded.)
      const unchanged = !recorded && plan.missed.size === 0 && plan.deferred.size === 0 && aggregates.rewritten.size === 0 && entries.size === files.length && files.every((f) => entries.has(f));
      if (unchanged) writer.abort();
      else writer.commit(recorded);
    },
    abort() {
      writer.abort();
    },
  };
}
