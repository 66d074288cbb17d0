/**
 * `check --cache` in the text format: each template's findings kept as printed. An unchanged run
 * of 10,000 templates prints 66 MB of text; decoding 145,000 findings from the cache, deduplicating,
 * sorting and formatting them again was most of its time. Here each template's printed lines are
 * kept in a file beside the cache file (`check.txt`, "the text file"), and the cache file's record
 * (`extra.text`) says where each template's lines are in it and how many findings of each severity
 * they hold. A run whose template hits copies its lines to standard output as bytes; its findings
 * are not decoded at all (`readCache`'s `defer`).
 *
 * The lines are what `check` prints for the template's own findings (those placed in its own file):
 * the output sorts findings by file first, so a template's lines are one block, and the blocks go
 * in the order of their files. Findings placed in another file (the organization file: one per
 * project after deduplication) are kept as objects, decoded from the entry, deduplicated and sorted
 * with the project's own findings, every run. Where a template's findings are placed in another
 * template's file, or two files sort as equal, the run falls back to the whole list, as `check`.
 *
 * The record holds for one working directory (paths are shown relative to it), colour and
 * `--quiet`, and for one text file: its size, modification time and inode, and a tag its first line
 * repeats. A text file that is not the one recorded, or a record made for other settings, is not
 * used: the findings are then decoded as before and the text file written anew. `--format json`
 * and `sarif` decode every entry and keep no text.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Finding, Severity } from '../check/finding.js';
import { countBySeverity, dedupeFindings, sortFindings } from '../check/finding.js';
import { projectFindings, type CheckOptions } from '../api/check.js';
import type { Project } from '../project.js';
import { CopySource, FileSink } from '../export/file-sink.js';
import { FindingsTextFormatter, HeldText, writeFindingsText, type FindingsTextOptions } from '../format/findings-text.js';
import { removeStaleTemps } from '../io/atomic-write.js';
import { newTag, siblingPath } from '../io/leftovers.js';
import { DiscloseError } from '../errors.js';
import { checkRun, isCheckEntry, isCheckExtra, isFinding, templateFindings, type Block, type CheckEntry, type TextRecord } from './check-cache.js';
import { isTemplateEntry, planTemplates, templateEntry } from './plan.js';
import { cacheExtra, decodeHeld, noteUnwritten, readCache, reportReuse, writeCache, type CacheOptions } from './store.js';

/** Where standard output goes: text, and bytes when the caller can take them (else decoded to text). */
export interface TextOut {
  text(t: string): void;
  bytes?(b: Uint8Array): void;
}

const isFindingList = (v: unknown): v is Finding[] => Array.isArray(v) && v.every(isFinding);

const header = (tag: string) => `disclose check text ${tag}\n`;

/** The text file of a cache file (`check.json` → `check.txt`). */
const textFileOf = (cacheFilePath: string) => cacheFilePath.replace(/\.json$/, '.txt');

/**
 * The text file the record names, opened, when it is that file and was made for these settings;
 * undefined otherwise (it is then written anew).
 */
function openRecorded(record: TextRecord, file: string, cwd: string, opts: FindingsTextOptions): CopySource | undefined {
  if (record.cwd !== cwd || record.color !== (opts.color ?? false) || record.quiet !== (opts.quiet ?? false)) return undefined;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    const head = Buffer.from(header(record.tag), 'utf8');
    const got = Buffer.alloc(head.length);
    if (st.isFile() && st.size === record.size && st.mtimeMs === record.mtimeMs && st.ino === record.ino && readSync(fd, got, 0, got.length, 0) === got.length && got.equals(head)) return new CopySource(file, fd);
  } catch {
    // unreadable: not used
  }
  closeSync(fd);
  return undefined;
}

/** One file's part of the output: a template's block (kept bytes or new text), or findings formatted this run. */
interface Part {
  file: string;
  /** Kept: bytes of the old text file. */
  kept?: [number, number];
  /** Made this run. */
  text?: string;
  /** A template's block (written to the text file), not the project's or another file's findings. */
  block?: { template: string; counts: Record<Severity, number>; shown: number; elsewhere: boolean };
}

/** Standard output in pieces of about 64 KB (as `check` writes it: HeldText); kept bytes copied from the old text file 1 MB at a time. */
class Output {
  private readonly held: HeldText;
  private readonly buf = Buffer.allocUnsafe(1024 * 1024);
  private readonly decoder = new TextDecoder('utf-8');
  constructor(private readonly out: TextOut) {
    this.held = new HeldText((t) => out.text(t));
  }
  text(t: string): void {
    this.held.add(t);
  }
  copy(from: CopySource, start: number, end: number): void {
    this.flush();
    for (let at = start; at < end; ) {
      const n = from.read(this.buf, Math.min(this.buf.length, end - at), at);
      if (n <= 0) throw new DiscloseError('E_CONFLICT', `the cache's text file ${from.file} ended ${end - at} bytes early (changed while check ran?)`, { file: from.file }, 'Run check again.');
      const piece = this.buf.subarray(0, n);
      if (this.out.bytes) this.out.bytes(Buffer.from(piece));
      else this.out.text(this.decoder.decode(piece, { stream: true }));
      at += n;
    }
  }
  flush(): void {
    this.held.flush();
  }
}

/**
 * `check --cache` printing text: the same output, byte for byte, as `check` without the cache
 * (`writeFindingsText` of every finding); returns the counts of the run's findings (the exit code).
 */
export function checkTextWithCache(project: Project, options: CheckOptions, cache: CacheOptions, text: FindingsTextOptions, out: TextOut): Record<Severity, number> {
  const cwd = cache.cwd;
  const checked = checkRun(project, options, cache);
  const { policies, files, global, file } = checked;
  const textFile = textFileOf(file);
  let source: CopySource | undefined;
  let record: TextRecord | undefined;
  const entries = readCache(file, 'check', global, isCheckEntry, cache, isCheckExtra, {
    key(extra) {
      const r = (extra as { text?: TextRecord } | undefined)?.text;
      source = r ? openRecorded(r, textFile, cwd, text) : undefined;
      if (source) record = r;
      return source ? 'findings' : undefined;
    },
    isEntry: (v): v is CheckEntry => isTemplateEntry(v),
  });
  // An ignored or other inputs' file: its text file (opened above) is not used either.
  if (source && cacheExtra(entries) === undefined) {
    source.close();
    source = undefined;
    record = undefined;
  }
  try {
    return run();
  } finally {
    source?.close();
  }

  function run(): Record<Severity, number> {
    const plan = planTemplates(project, files, entries, policies.length);
    reportReuse(cache, plan.hits.size, files.length);
    const next = new Map<string, CheckEntry>();
    let changed = entries.size !== files.length;
    const format = new FindingsTextFormatter(cwd, text);
    const parts: Part[] = [];
    /** Findings placed outside their template's file, in the order `check` meets them. */
    const elsewhere: Finding[] = [];
    const templateSet = new Set(files);
    let whole = false;
    const blockOf = (f: string, own: Finding[]): Part => {
      let s = '';
      let shown = 0;
      const unique = dedupeFindings(own);
      for (const x of sortFindings(unique)) {
        const lines = format.lines(x);
        if (lines) shown++;
        s += lines;
      }
      return { file: f, text: s, block: { template: f, counts: countBySeverity(unique), shown, elsewhere: false } };
    };
    const perTemplate = new Map<string, Finding[]>();
    for (const f of files) {
      const hit = plan.hits.get(f);
      let findings: Finding[] | undefined;
      if (hit) {
        const b = record?.blocks[f];
        if (b && source) {
          // A block with findings placed in other files needs those findings as well: when they cannot be
          // read back, the template is worked out again, as one that missed.
          const all = b[6] === 1 ? (hit.findings ?? decodeHeld(entries, hit, isFindingList)) : undefined;
          if (b[6] !== 1 || all !== undefined) {
            next.set(f, hit);
            parts.push({ file: f, kept: [b[0], b[1]], block: { template: f, counts: { error: b[2], warning: b[3], info: b[4] }, shown: b[5], elsewhere: b[6] === 1 } });
            if (all !== undefined) {
              elsewhere.push(...all.filter((x) => x.file !== f));
              perTemplate.set(f, all);
            }
            continue;
          }
        } else {
          findings = hit.findings ?? decodeHeld(entries, hit, isFindingList);
          if (findings !== undefined) next.set(f, hit);
        }
      }
      if (findings === undefined) {
        changed = true;
        findings = templateFindings(project, f, checked);
        const key = plan.keys.get(f);
        if (key !== undefined) next.set(f, { ...templateEntry(plan.missed.get(f)!, key, plan.usesHash, plan.sells), findings });
      }
      perTemplate.set(f, findings);
      const own = findings.filter((x) => x.file === f);
      const part = blockOf(f, own);
      if (own.length !== findings.length) {
        part.block!.elsewhere = true;
        elsewhere.push(...findings.filter((x) => x.file !== f));
      }
      parts.push(part);
    }
    const project_ = projectFindings(project);
    // Findings of the project, and those of templates placed in another file: deduplicated and sorted as `check` does.
    const rest = dedupeFindings([...project_, ...elsewhere]);
    if (rest.some((x) => templateSet.has(x.file))) whole = true;
    const restByFile = new Map<string, Finding[]>();
    for (const x of sortFindings(rest)) {
      const list = restByFile.get(x.file);
      if (list) list.push(x);
      else restByFile.set(x.file, [x]);
    }
    for (const [f, list] of restByFile) parts.push({ file: f, text: list.map((x) => format.lines(x)).join('') });
    parts.sort((a, b) => a.file.localeCompare(b.file));
    for (let i = 1; i < parts.length && !whole; i++) if (parts[i - 1]!.file.localeCompare(parts[i]!.file) === 0) whole = true;

    const counts = countBySeverity(rest);
    let shown = rest.filter((x) => format.shows(x)).length;
    for (const p of parts) {
      if (!p.block) continue;
      counts.error += p.block.counts.error;
      counts.warning += p.block.counts.warning;
      counts.info += p.block.counts.info;
      shown += p.block.shown;
    }

    const o = new Output(out);
    let sink: TextSink | undefined;
    if (whole) {
      // As `check` without the cache: every finding in one list (the text file is not kept).
      const all: Finding[] = [...project_];
      for (const f of files) {
        const hit = next.get(f)!;
        let list = perTemplate.get(f) ?? hit.findings ?? decodeHeld(entries, hit, isFindingList);
        if (list === undefined) {
          // Its findings cannot be read back: worked out again, as a template that missed.
          list = templateFindings(project, f, checked);
          next.set(f, { ...hit, findings: list });
          changed = true;
        }
        all.push(...list);
      }
      const found = sortFindings(dedupeFindings(all));
      writeFindingsText(found, cwd, text, (t) => o.text(t));
      o.flush();
      if (changed || [...entries.keys()].some((k) => !next.has(k)) || record !== undefined) writeCache(file, 'check', global, next, cache, entries, undefined, 'findings');
      return countBySeverity(found);
    }

    const fresh = record === undefined || changed || parts.some((p) => p.block && p.text !== undefined) || Object.keys(record.blocks).length !== files.length;
    if (fresh) sink = TextSink.open(textFile, cache);
    const blocks: Record<string, Block> = {};
    for (const p of parts) {
      if (p.kept) o.copy(source!, p.kept[0], p.kept[0] + p.kept[1]);
      else o.text(p.text!);
      if (sink && p.block) {
        const at = sink.offset;
        if (p.kept) sink.copy(source!, p.kept[0], p.kept[0] + p.kept[1]);
        else sink.write(p.text!);
        const b = p.block;
        blocks[b.template] = [at, sink.offset - at, b.counts.error, b.counts.warning, b.counts.info, b.shown, b.elsewhere ? 1 : 0];
      }
    }
    o.text(format.end(counts, shown > 0));
    o.flush();
    const kept = sink?.commit();
    const extra = kept ? { text: { ...kept, cwd, color: text.color ?? false, quiet: text.quiet ?? false, blocks } } : fresh ? undefined : { text: record! };
    if (fresh || changed || [...entries.keys()].some((k) => !next.has(k))) writeCache(file, 'check', global, next, cache, entries, extra, 'findings');
    return counts;
  }
}

/** The new text file, written beside the cache file as a temporary file and renamed over the old one. */
class TextSink {
  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    private sink: FileSink | undefined,
    private readonly tag: string,
    private readonly cache: CacheOptions,
  ) {}

  static open(file: string, cache: CacheOptions): TextSink | undefined {
    const tmp = siblingPath(path.resolve(file), 'tmp', newTag());
    const tag = randomBytes(16).toString('hex');
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      removeStaleTemps(file);
      const sink = new FileSink(tmp, undefined, 'wx');
      const s = new TextSink(file, tmp, sink, tag, cache);
      sink.write(header(tag));
      return s;
    } catch (e) {
      noteUnwritten(cache, file, e);
      return undefined;
    }
  }

  get offset(): number {
    return this.sink?.offset ?? 0;
  }

  write(t: string): void {
    this.guard(() => this.sink?.write(t));
  }

  copy(from: CopySource, start: number, end: number): void {
    this.guard(() => this.sink?.copy(from, start, end));
  }

  /** Puts the file in place; what the record needs of it, or undefined when it could not be written. */
  commit(): Pick<TextRecord, 'tag' | 'size' | 'mtimeMs' | 'ino'> | undefined {
    if (this.sink === undefined) return undefined;
    const ok = this.guard(() => {
      this.sink!.close();
      this.sink = undefined;
      renameSync(this.tmp, this.file);
    });
    if (!ok) return undefined;
    try {
      const st = statSync(this.file);
      return { tag: this.tag, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    } catch (e) {
      noteUnwritten(this.cache, this.file, e);
      return undefined;
    }
  }

  private guard(fn: () => void): boolean {
    if (this.sink === undefined) return false;
    try {
      fn();
      return true;
    } catch (e) {
      this.sink?.discard();
      this.sink = undefined;
      rmSync(this.tmp, { force: true });
      noteUnwritten(this.cache, this.file, e);
      return false;
    }
  }
}

