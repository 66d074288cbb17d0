/**
 * `export --cache`: each template's part of the aggregates (its rows of summary.csv and .json,
 * its row of index.html, its results in findings.sarif) as byte ranges of the files the last
 * cached export wrote. A re-export copies the parts of the templates the cache reuses from the
 * previous pack's files instead of making them again (with one changed template of 10,000, that
 * was a third of the run), and makes only the others'. The previous pack's files are the store:
 * the cache keeps offsets, not text (findings.sarif alone is ~100 MB at 10,000 templates).
 *
 * Trusted only as far as it can be checked: the cache names each file's size, modification time
 * and inode, and a file that is not exactly that one (edited, replaced, another export's) is not
 * read at all; a template's part is copied only when the cache reuses the template (its inputs are
 * those the part was made from) and, in the files whose parts begin with a separator (JSON,
 * SARIF), only where it comes at the same point (first in the file or not).
 */
import { fstatSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { lstatOrUndefined } from '../io/lstat.js';
import { CopySource } from './file-sink.js';

/**
 * The aggregate files whose parts a record may name, as named in the pack. summary.md holds no part
 * of a template (stop 27) and is no longer recorded; it stays here so records written before are still read.
 */
export const SPANNED = ['summary.csv', 'summary.md', 'summary.json', 'findings.sarif', 'index.html'] as const;
export type Spanned = (typeof SPANNED)[number];

/** What the cache keeps: the templates' data names in pack order, and for each file its stats and where each part begins. */
export interface AggregateSpans {
  names: string[];
  files: Array<{ name: Spanned; size: number; mtimeMs: number; ino: number; offsets: number[] }>;
  /** The SHA-256 of the pack's texts.json (cache format 4): the previous texts are then taken by one hash, not one per text. */
  texts?: string;
  /**
   * The pack's shared pages (texts/, findings/, unsettled.html; cache format 4): each with the digest
   * of what it was made from and its file's stats. A page whose digest and file are the recorded ones
   * is linked, not made again.
   */
  pages?: PageRecord[];
}

/** A shared page of the pack as the cache records it. */
export interface PageRecord {
  path: string;
  digest: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

const SHARED_PAGE = /^(texts\/[0-9a-f]{16}|findings\/[0-9a-f]{16}|unsettled)\.html$/;
const isPageRecord = (p: unknown): p is PageRecord =>
  isObject(p) && typeof p['path'] === 'string' && SHARED_PAGE.test(p['path']) && typeof p['digest'] === 'string' && /^[0-9a-f]{16,64}$/.test(p['digest']) && isCount(p['size']) && typeof p['mtimeMs'] === 'number' && isCount(p['ino']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Whether `v` is a well-formed record: one offset more than names, never decreasing, within the file's size. */
export function isAggregateSpans(v: unknown): v is AggregateSpans {
  if (!isObject(v) || !Array.isArray(v['names']) || !v['names'].every((n) => typeof n === 'string') || !Array.isArray(v['files'])) return false;
  if (v['texts'] !== undefined && !(typeof v['texts'] === 'string' && /^[0-9a-f]{64}$/.test(v['texts']))) return false;
  if (v['pages'] !== undefined && !(Array.isArray(v['pages']) && v['pages'].every(isPageRecord))) return false;
  const n = v['names'].length;
  const seen = new Set<unknown>();
  return v['files'].every((f: unknown) => {
    if (!isObject(f) || !SPANNED.includes(f['name'] as Spanned) || seen.has(f['name'])) return false;
    seen.add(f['name']);
    const o = f['offsets'];
    if (!isCount(f['size']) || typeof f['mtimeMs'] !== 'number' || !isCount(f['ino']) || !Array.isArray(o) || o.length !== n + 1) return false;
    return o.every((x, i) => isCount(x) && x <= (f['size'] as number) && (i === 0 || x >= (o[i - 1] as number)));
  });
}

/** A template's part of one file of the previous pack: bytes `start`–`end`, written there as the file's first item or not. */
export interface Span {
  from: CopySource;
  start: number;
  end: number;
  wasFirst: boolean;
}

/** The previous pack's aggregate files that are still the ones the cache describes, open for copying. */
export class PreviousAggregates {
  private readonly index: Map<string, number>;
  private constructor(
    private readonly files: Map<Spanned, { from: CopySource; offsets: number[] }>,
    names: string[],
  ) {
    this.index = new Map(names.map((n, i) => [n, i]));
  }

  /** Opens the files of `out` the record describes; undefined when none is still the same file. */
  static open(out: string, spans: AggregateSpans): PreviousAggregates | undefined {
    const files = new Map<Spanned, { from: CopySource; offsets: number[] }>();
    for (const f of spans.files) {
      const file = path.join(out, f.name);
      const same = (st: { size: number; mtimeMs: number; ino: number }) => st.size === f.size && st.mtimeMs === f.mtimeMs && st.ino === f.ino;
      const st = lstatOrUndefined(file);
      if (!st?.isFile() || !same(st)) continue;
      let fd: number | undefined;
      try {
        fd = openSync(file, 'r');
        // The file opened is the one checked (not one put in its place since).
        if (!same(fstatSync(fd))) throw new Error('replaced');
      } catch {
        if (fd !== undefined) closeSync(fd);
        continue;
      }
      files.set(f.name, { from: new CopySource(file, fd), offsets: f.offsets });
    }
    return files.size ? new PreviousAggregates(files, spans.names) : undefined;
  }

  /** The template's part of `file` in the previous pack, when that file is open and held the template. */
  span(file: Spanned, name: string): Span | undefined {
    const f = this.files.get(file);
    const i = this.index.get(name);
    if (!f || i === undefined) return undefined;
    return { from: f.from, start: f.offsets[i]!, end: f.offsets[i + 1]!, wasFirst: f.offsets[i] === f.offsets[0] };
  }

  /** Copies the template's part of `file` into `sink` when the previous pack's file holds it and the sink takes it there; whether it did. */
  copyPart(file: Spanned, name: string, sink: PartSink): boolean {
    const s = this.span(file, name);
    return !!s && sink.copy(s.from, s.start, s.end, s.wasFirst) !== false;
  }

  close(): void {
    for (const f of this.files.values()) f.from.close();
  }
}

/** An aggregate a part can be copied into (false: not at this point, e.g. a JSON row that was first in the file and is not here). */
export interface PartSink {
  copy(from: CopySource, start: number, end: number, wasFirst: boolean): boolean | void;
}

/** Notes where each template's part of each aggregate begins while the pack's aggregates are written. */
export class SpanRecorder {
  private readonly names: string[] = [];
  private readonly offsets = new Map<Spanned, number[]>();
  private readonly pages = new Map<string, string>();
  private textsDigest: string | undefined;

  constructor(private readonly sinks: ReadonlyArray<[Spanned, { readonly offset: number } | undefined]>) {
    for (const [name, sink] of sinks) if (sink) this.offsets.set(name, []);
  }

  /** Before a template's part is written. */
  begin(name: string): void {
    this.names.push(name);
    for (const [file, sink] of this.sinks) if (sink) this.offsets.get(file)!.push(sink.offset);
  }

  /** After the last template's part (before what follows the rows). */
  end(): void {
    for (const [file, sink] of this.sinks) if (sink) this.offsets.get(file)!.push(sink.offset);
  }

  /** A shared page written (or linked) with the digest of what it is made from. */
  page(rel: string, digest: string): void {
    this.pages.set(rel, digest);
  }

  /** The SHA-256 of the texts.json written. */
  texts(digest: string | undefined): void {
    this.textsDigest = digest;
  }

  /** The record, with the stats of the files (written and closed) in `dir`; a file that is not there is left out. */
  finish(dir: string): AggregateSpans {
    const files: AggregateSpans['files'] = [];
    for (const [file, sink] of this.sinks) {
      if (!sink) continue;
      const offsets = this.offsets.get(file)!;
      const st = lstatOrUndefined(path.join(dir, file));
      if (st?.isFile()) files.push({ name: file, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, offsets });
    }
    const pages: PageRecord[] = [];
    for (const [rel, digest] of this.pages) {
      const st = lstatOrUndefined(path.join(dir, rel));
      if (st?.isFile()) pages.push({ path: rel, digest, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino });
    }
    return { names: this.names, files, ...(this.textsDigest ? { texts: this.textsDigest } : {}), ...(pages.length ? { pages } : {}) };
  }
}
