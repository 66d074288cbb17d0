/**
 * The pack's texts, each stored once (pack format 5). A clause is its one-line heading (the
 * clause number and title, which differ from template to template) followed by its body; in a
 * real template set a few hundred distinct bodies make up thousands of clauses, so a reviewer
 * signs off each body once instead of once per template. Each distinct clause body (with the
 * unsettled-law notes of its elements) and each distinct footer is kept in `texts.json` under
 * the hash of its content; each body is also shown on a page listing the cells that use it. A
 * template's record (`data/<id>.json`) and page name their texts by hash.
 *
 * The hash names the content, so a text read back from a pack is checked against its name: a
 * `texts.json` edited since it was written is not trusted (`readTexts`).
 *
 * Each clause body's text is stored once (pack format 8): in a pack with pages it is on its page
 * alone, and texts.json keeps the body's locale, page and unsettled-law notes by hash (`StoredBody`;
 * each distinct note once, in texts.json's `notes`);
 * `readTexts` reads the text back from the page and checks the whole body against its hash. A pack
 * without pages keeps the text in texts.json, as packs of format 5 to 7 did. The bodies of every
 * template with the same flows share one page, `texts/<group>.html` named as their flows' page is
 * (`textsPageOf`; before format 8 a page per body, `texts/<hash>.html`).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { lstatOrUndefined } from '../io/lstat.js';
import { escapeHtml, unescapeHtml } from './html-escape.js';
import { decodeUtf8 } from '../load/decode-utf8.js';
import { parseJson } from '../load/json-file.js';
import { insideDir } from '../io/atomic-dir.js';
import { shortHash } from './names.js';
import { TextUsers } from './text-users.js';

/** Where the clause elements behind a body are unsettled in law: the region data's note. */
export interface UnsettledNote {
  id: string;
  article: string;
  note: string;
}

/** A clause body: the clause's text after its heading line, in one locale. */
export interface ClauseBody {
  locale: string;
  text: string;
  unsettled?: UnsettledNote[];
}

/**
 * A finding without what differs between templates with the same finding: its place (line,
 * column), and the template, file, region and locale its record and cell say.
 */
export type FindingText = Record<string, unknown>;

/**
 * A template's flows as the pack keeps them once for every template with the same flows (pack
 * format 7): the raw flows (as declared, without positions) and, when the export has pages, the
 * page of their table in the reader's words (`flows/<hash>.html`) and the diagram file drawn from
 * it, each a file of the pack named by the hash of its bytes.
 */
export interface FlowsText {
  flows: unknown[];
  diagram?: string;
  page?: string;
}

/**
 * A clause body as texts.json stores it: with its text (a pack without pages, and formats 5 to 7),
 * or, in a pack with pages (format 8), with the page that holds the text instead.
 */
export interface StoredBody {
  locale: string;
  text?: string;
  page?: string;
  /** With `page`: its unsettled-law notes by hash in texts.json's `notes`, each kept once for the pack. */
  notes?: string[];
  unsettled?: UnsettledNote[];
}

/** texts.json: every distinct clause body, footer, finding text and set of flows of the pack, by hash, sorted by hash. */
export interface TextsFile {
  bodies: Record<string, ClauseBody>;
  footers: Record<string, string>;
  findings: Record<string, FindingText>;
  flows: Record<string, FlowsText>;
}

export const TEXTS_FILE = 'texts.json';
/** The folder of the clause bodies' pages. */
export const TEXTS_DIR = 'texts';

export const bodyHash = (b: ClauseBody): string => shortHash(JSON.stringify(['body', b.locale, b.text, b.unsettled ?? []]));
export const footerHash = (text: string): string => shortHash(JSON.stringify(['footer', text]));
export const findingHash = (f: FindingText): string => shortHash(JSON.stringify(['finding', f]));
export const flowsHash = (f: FlowsText): string => shortHash(JSON.stringify(['flows', f.flows, f.diagram ?? null, f.page ?? null]));

/**
 * The page of the clause texts of every template with the same flows (pack format 8): named by
 * the flows' page (`flows/<group>.html` → `texts/<group>.html`); a template without one (no flows)
 * has a page of its own per body, named by the body's hash. A body's place there: `#text-<hash>`.
 */
export const textsPageOf = (flowsPage: string | undefined, hash: string): string => `${TEXTS_DIR}/${flowsPage ? path.basename(flowsPage, '.html') : hash}.html`;

/**
 * How a clause texts page shows a body's text (`renderTextsPage`): the one place the text is in a
 * pack with pages (format 8), so `readTexts` reads it back from there.
 */
export const bodyBlock = (hash: string, b: Pick<ClauseBody, 'locale' | 'text'>): string => `<div class="text clause" id="text-${hash}" lang="${escapeHtml(b.locale)}">${escapeHtml(b.text)}</div>`;

/**
 * The text of the clause body `hash` in the locale given, as its page shows it (`bodyBlock`);
 * undefined when the page has no such block. The escaped text holds no `<`, so the block ends at
 * the first `</div>`.
 */
export function bodyOnPage(html: string, hash: string, locale: string): string | undefined {
  const open = `<div class="text clause" id="text-${hash}" lang="${escapeHtml(locale)}">`;
  const start = html.indexOf(open);
  if (start < 0) return undefined;
  const end = html.indexOf('</div>', start + open.length);
  if (end < 0) return undefined;
  return unescapeHtml(html.slice(start + open.length, end));
}

export const noteHash = (n: UnsettledNote): string => shortHash(JSON.stringify(['note', n]));

/**
 * texts.json's entry of a body whose text is on its page (pack format 8), its notes named by hash
 * and put in `notes` (a few distinct notes stand in every body of their region).
 */
const storedBody = (b: ClauseBody, page: string, notes: Map<string, UnsettledNote>): StoredBody => {
  const refs = (b.unsettled ?? []).map((n) => {
    const h = noteHash(n);
    notes.set(h, n);
    return h;
  });
  return { locale: b.locale, page, ...(refs.length ? { notes: refs } : {}) };
};

/** `storedBody` of a body of the previous pack, from its entry there (its text not read). */
const storedFrom = (prev: PreviousTexts, hash: string, page: string, notes: Map<string, UnsettledNote>): StoredBody => {
  const refs = prev.notesOf(hash).map(([h, n]) => {
    notes.set(h, n);
    return h;
  });
  return { locale: prev.stored(hash)!.locale, page, ...(refs.length ? { notes: refs } : {}) };
};

/** texts.json's `notes` (pack format 8): each distinct note, sorted by hash; none without pages. */
const notesPart = (notes: Map<string, UnsettledNote>): Record<string, UnsettledNote> => Object.fromEntries([...notes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Each body's page, where the pack has pages (format 8): texts.json names it instead of holding the text. */
export type BodyPages = ReadonlyMap<string, string>;

/** The folder of the finding texts' pages (pack format 7): each distinct finding's rule, message and fix. */
export const FINDINGS_DIR = 'findings';
/** The page of a finding text, relative to the top of the pack. */
export const findingPage = (hash: string): string => `${FINDINGS_DIR}/${hash}.html`;

/** The folder of the flows' pages (pack format 7): each distinct flows table and its diagram, named by the hash of its bytes. */
export const FLOWS_DIR = 'flows';

/** Whether a file in flows/ holds the bytes its name says (its hash), as the export wrote it. */
export function flowsPageNamed(name: string, bytes: Buffer | string): boolean {
  return /^[0-9a-f]{16}\.html$/.test(name) && shortHash(typeof bytes === 'string' ? bytes : bytes.toString('utf8')) === name.slice(0, -'.html'.length);
}

/**
 * A clause's text as heading and body: the heading is the text up to and including its first line
 * break (all of it when there is none), the body the rest. `heading + body` is the text.
 */
export function splitClause(text: string): { heading: string; body: string } {
  const nl = text.indexOf('\n');
  return nl < 0 ? { heading: text, body: '' } : { heading: text.slice(0, nl + 1), body: text.slice(nl + 1) };
}

/** Texts looked up by hash; undefined when the pack does not hold it. */
export interface TextLookup {
  body(hash: string): ClauseBody | undefined;
  footer(hash: string): string | undefined;
  finding(hash: string): FindingText | undefined;
  flows(hash: string): FlowsText | undefined;
}


/**
 * The texts of the previous pack as `export --cache` reads them (cache format 4): texts.json taken
 * whole when its bytes are the ones the cache recorded (their SHA-256, one hash of the file instead
 * of one per text), and a clause body's text read back from its page only when it is asked for
 * (a texts page made again: the change's flow sets), and then checked against its hash.
 */
export class PreviousTexts implements TextLookup {
  /** The page last read (the bodies of a page made again are asked for one after another). */
  private pageRead = new Map<string, string | undefined>();

  private constructor(
    private readonly dir: string,
    private readonly value: { bodies: Record<string, StoredBody>; footers: Record<string, string>; findings: Record<string, FindingText>; flows: Record<string, FlowsText>; notes: Record<string, UnsettledNote> },
  ) {}

  /**
   * texts.json of `out` when its SHA-256 is `digest` (the one the cache recorded as the export wrote
   * it: the bytes, not the file's times); undefined otherwise (the caller reads it as before, text by text).
   */
  static open(out: string, digest: string): PreviousTexts | undefined {
    let bytes: Buffer;
    try {
      const file = path.join(out, TEXTS_FILE);
      if (!lstatOrUndefined(file)?.isFile()) return undefined;
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== digest) return undefined;
    let v: unknown;
    try {
      v = JSON.parse(bytes.toString('utf8'));
    } catch {
      return undefined;
    }
    // The bytes are the ones the export wrote; the shape is checked all the same (a cache is a hint).
    if (!isObject(v) || !['bodies', 'footers', 'findings', 'flows', 'notes'].every((k) => v[k] === undefined || isObject(v[k]))) return undefined;
    return new PreviousTexts(out, { bodies: {}, footers: {}, findings: {}, flows: {}, notes: {}, ...v } as PreviousTexts['value']);
  }

  /** Whether texts.json holds the text (a body's text is checked when read). */
  holds(kind: Kind, hash: string): boolean {
    return Object.hasOwn(this.value[kind], hash);
  }

  /** A body as texts.json stores it (with pages: its locale, page and notes by hash). */
  stored(hash: string): StoredBody | undefined {
    return Object.hasOwn(this.value.bodies, hash) ? this.value.bodies[hash] : undefined;
  }

  note(hash: string): UnsettledNote | undefined {
    return Object.hasOwn(this.value.notes, hash) ? this.value.notes[hash] : undefined;
  }

  /** The body's unsettled-law notes by hash, in order, without its text. */
  notesOf(hash: string): Array<[string, UnsettledNote]> {
    const b = this.stored(hash);
    if (!b) return [];
    if (b.text !== undefined) return (b.unsettled ?? []).map((n) => [noteHash(n), n]);
    return (b.notes ?? []).map((h) => [h, this.note(h)!]);
  }

  /** The body with its text: from its page (read now, checked against its hash) or from texts.json. */
  body(hash: string): ClauseBody | undefined {
    const b = this.stored(hash);
    if (!b) return undefined;
    if (isPagedBody(b) && !this.pageRead.has(b.page)) this.pageRead = new Map();
    const body = isPagedBody(b) ? pagedBody(path.join(this.dir, TEXTS_FILE), hash, b, this.pageRead, this.value.notes) : b;
    if (!isBody(body) || bodyHash(body) !== hash) {
      throw new DiscloseError('E_JSON', `the clause text ${hash} is not on its page ${b.page ?? TEXTS_FILE} as the cached export wrote it (edited or damaged)`, { file: path.join(this.dir, b.page ?? TEXTS_FILE) }, 'Remove the output folder (or run without --cache) to export the pack anew.');
    }
    return body;
  }

  footer(hash: string): string | undefined {
    return Object.hasOwn(this.value.footers, hash) ? this.value.footers[hash] : undefined;
  }

  finding(hash: string): FindingText | undefined {
    return Object.hasOwn(this.value.findings, hash) ? this.value.findings[hash] : undefined;
  }

  flows(hash: string): FlowsText | undefined {
    return Object.hasOwn(this.value.flows, hash) ? this.value.flows[hash] : undefined;
  }
}

/** Where a record's texts go as it is written (`compactRecord`): each named by the hash returned. */
export interface TextSink {
  addBody(b: ClauseBody): string;
  addFooter(text: string): string;
  addFinding(f: FindingText): string;
  addFlows(f: FlowsText): string;
}

/** The hashes of the texts a pack's records name: what texts.json holds. */
export interface UsedTexts {
  bodies: Set<string>;
  footers: Set<string>;
  findings: Set<string>;
  flows: Set<string>;
}

/** A kind of text in texts.json. */
export type Kind = keyof TextsFile;

/**
 * The texts in memory: those a worker thread meets as it writes templates (handed to the main
 * thread's `SpilledTexts` by `drain`), or those of a pack read back (`readTexts`).
 */
export class TextTable implements TextLookup, TextSink {
  readonly bodies = new Map<string, ClauseBody>();
  readonly footers = new Map<string, string>();
  readonly findings = new Map<string, FindingText>();
  readonly flowSets = new Map<string, FlowsText>();
  /** Hashes added since the last `drain` (what a worker thread has not yet sent). */
  private fresh: TextsFile = emptyTexts();
  /** Hashes sent and forgotten (`drain(true)`): a worker keeps only these, not the texts. */
  private readonly sent = new Set<string>();

  private map(kind: Kind): Map<string, unknown> {
    return kind === 'flows' ? this.flowSets : this[kind];
  }

  /** Whether the table holds the text. */
  holds(kind: Kind, hash: string): boolean {
    return this.map(kind).has(hash);
  }

  private put<K extends Kind>(kind: K, hash: string, value: TextsFile[K][string]): string {
    const m = this.map(kind);
    if (!m.has(hash) && !this.sent.has(hash)) {
      m.set(hash, value);
      (this.fresh[kind] as Record<string, TextsFile[K][string]>)[hash] = value;
    }
    return hash;
  }

  addBody(b: ClauseBody): string {
    return this.put('bodies', bodyHash(b), b);
  }

  addFooter(text: string): string {
    return this.put('footers', footerHash(text), text);
  }

  addFinding(f: FindingText): string {
    return this.put('findings', findingHash(f), f);
  }

  addFlows(f: FlowsText): string {
    return this.put('flows', flowsHash(f), f);
  }

  /**
   * The texts added since the last call. With `forget`, the table keeps only their hashes (a
   * worker thread, whose texts the main thread keeps: two copies of every text cost memory).
   */
  drain(forget = false): TextsFile | undefined {
    const out = this.fresh;
    if (KINDS.every((k) => !Object.keys(out[k]).length)) return undefined;
    this.fresh = emptyTexts();
    if (forget) {
      for (const m of KINDS.map((k) => this.map(k))) {
        for (const h of m.keys()) this.sent.add(h);
        m.clear();
      }
    }
    return out;
  }

  body(hash: string): ClauseBody | undefined {
    return this.bodies.get(hash);
  }

  footer(hash: string): string | undefined {
    return this.footers.get(hash);
  }

  finding(hash: string): FindingText | undefined {
    return this.findings.get(hash);
  }

  flows(hash: string): FlowsText | undefined {
    return this.flowSets.get(hash);
  }

  /**
   * texts.json of the texts in `used` (those the pack's records name), sorted by hash. With
   * `pages`, each body's text is left to its page (pack format 8: `storedBody`).
   */
  write(dir: string, used: UsedTexts, pages?: BodyPages): void {
    const pick = <T>(m: Map<string, T>, keep: Set<string>): Record<string, T> => {
      const out: Record<string, T> = {};
      for (const h of [...keep].sort()) {
        const v = m.get(h);
        if (v !== undefined) out[h] = v;
      }
      return out;
    };
    const bodies: Record<string, StoredBody> = pick(this.bodies, used.bodies);
    const notes = new Map<string, UnsettledNote>();
    if (pages) for (const [h, b] of Object.entries(bodies)) bodies[h] = storedBody(b as ClauseBody, pages.get(h)!, notes);
    const file = { bodies, footers: pick(this.footers, used.footers), findings: pick(this.findings, used.findings), flows: pick(this.flowSets, used.flows), ...(pages ? { notes: notesPart(notes) } : {}) };
    writeFileSync(insideDir(dir, TEXTS_FILE), `${JSON.stringify(file)}\n`);
  }
}


/**
 * The texts of a pack being built by `disclose export`, kept on disk rather than in memory: each
 * distinct text is appended to a scratch file inside the pack being built the first time it is
 * seen (as JSON, exactly as texts.json will hold it), and the table keeps only where it is (hash
 * → offset and length). A text is read back when a record is expanded or a page rendered (the few
 * most recent kept), and texts.json is copied out of the scratch file in hash order, byte for
 * byte what `TextTable.write` writes. Holding every distinct text in the main thread until the end
 * made the peak memory of a large export grow with the number of distinct texts (issue 22).
 */
export class SpilledTexts implements TextLookup, TextSink {
  private readonly at: Record<Kind, Map<string, { pos: number; len: number }>> = { bodies: new Map(), footers: new Map(), findings: new Map(), flows: new Map() };
  private readonly fd: number;
  private end = 0;
  private recent = new Map<string, unknown>();
  /** Bodies of the previous pack a reused template names: not read until asked for (`PreviousTexts`). */
  private readonly deferred = new Map<string, PreviousTexts>();
  /** The SHA-256 of the texts.json `write` wrote (what the cache records, cache format 4). */
  written: string | undefined;

  /** The cells that use each body, met as the aggregates are written (a scratch file of its own, `text-users.ts`). */
  readonly users: TextUsers;

  /** `digests`: keep each texts page's digest (`TextUsers`), for `export --cache`. */
  constructor(
    private readonly file: string,
    digests = false,
  ) {
    this.fd = openSync(file, 'w+');
    this.users = new TextUsers(`${file}-cells`, digests);
  }

  private put(kind: Kind, hash: string, value: unknown): string {
    const m = this.at[kind];
    if (m.has(hash)) return hash;
    const bytes = Buffer.from(JSON.stringify(value));
    writeSync(this.fd, bytes, 0, bytes.length, this.end);
    m.set(hash, { pos: this.end, len: bytes.length });
    this.end += bytes.length;
    return hash;
  }

  private raw(kind: Kind, hash: string): Buffer | undefined {
    const where = this.at[kind].get(hash);
    if (!where) return undefined;
    const buf = Buffer.allocUnsafe(where.len);
    let got = 0;
    while (got < where.len) got += readSync(this.fd, buf, got, where.len - got, where.pos + got);
    return buf;
  }

  private get<T>(kind: Kind, hash: string): T | undefined {
    if (kind === 'bodies' && !this.at.bodies.has(hash)) return this.deferred.get(hash)?.body(hash) as T | undefined;
    const key = `${kind}:${hash}`;
    if (this.recent.has(key)) return this.recent.get(key) as T;
    const bytes = this.raw(kind, hash);
    if (!bytes) return undefined;
    const value = JSON.parse(bytes.toString('utf8')) as T;
    // A few hundred recent texts: records of one flow shape follow each other, and the pages read each body once.
    if (this.recent.size >= 512) this.recent = new Map();
    this.recent.set(key, value);
    return value;
  }

  addBody(b: ClauseBody): string {
    const h = bodyHash(b);
    this.deferred.delete(h);
    return this.put('bodies', h, b);
  }

  addFooter(text: string): string {
    return this.put('footers', footerHash(text), text);
  }

  addFinding(f: FindingText): string {
    return this.put('findings', findingHash(f), f);
  }

  addFlows(f: FlowsText): string {
    return this.put('flows', flowsHash(f), f);
  }

  /** A body's unsettled-law notes by hash, in order (of a deferred body: as texts.json named them, its text not read). */
  notesOf(hash: string): Array<[string, UnsettledNote]> {
    const prev = this.at.bodies.has(hash) ? undefined : this.deferred.get(hash);
    if (prev) return prev.notesOf(hash);
    return (this.body(hash)?.unsettled ?? []).map((n) => [noteHash(n), n]);
  }

  /** Adds texts already named by their hashes (from a worker or a shard). */
  adopt(texts: TextsFile | TextTable): void {
    const bodies = texts instanceof TextTable ? texts.bodies : Object.entries(texts.bodies);
    const footers = texts instanceof TextTable ? texts.footers : Object.entries(texts.footers);
    const findings = texts instanceof TextTable ? texts.findings : Object.entries(texts.findings);
    const flows = texts instanceof TextTable ? texts.flowSets : Object.entries(texts.flows);
    for (const [h, b] of bodies) {
      this.deferred.delete(h);
      this.put('bodies', h, b);
    }
    for (const [h, f] of footers) this.put('footers', h, f);
    for (const [h, f] of findings) this.put('findings', h, f);
    for (const [h, f] of flows) this.put('flows', h, f);
  }

  /**
   * Adds one cell's body and footer from another pack's texts (the previous pack, for a template the
   * cache reuses). A body of `PreviousTexts` is only noted: its text is read when asked for.
   */
  copy(from: TextLookup, body: string, footer: string): void {
    if (from instanceof PreviousTexts) {
      if (!this.at.bodies.has(body) && !this.deferred.has(body)) this.deferred.set(body, from);
    } else if (!this.at.bodies.has(body)) this.put('bodies', body, from.body(body)!);
    if (!this.at.footers.has(footer)) this.put('footers', footer, from.footer(footer)!);
  }

  /** Adds a finding text from another pack's texts (for a template the cache reuses). */
  copyFinding(from: TextLookup, hash: string): void {
    if (!this.at.findings.has(hash)) this.put('findings', hash, from.finding(hash)!);
  }

  /** Adds a template's flows from another pack's texts (for a template the cache reuses). */
  copyFlows(from: TextLookup, hash: string): void {
    if (!this.at.flows.has(hash)) this.put('flows', hash, from.flows(hash)!);
  }

  body(hash: string): ClauseBody | undefined {
    return this.get('bodies', hash);
  }

  footer(hash: string): string | undefined {
    return this.get('footers', hash);
  }

  finding(hash: string): FindingText | undefined {
    return this.get('findings', hash);
  }

  flows(hash: string): FlowsText | undefined {
    return this.get('flows', hash);
  }

  /** texts.json of the texts in `used`, sorted by hash: the same bytes as `TextTable.write`, streamed. */
  write(dir: string, used: UsedTexts, pages?: BodyPages): void {
    const out = openSync(insideDir(dir, TEXTS_FILE), 'w');
    const digest = createHash('sha256');
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      const emit = (b: Buffer) => {
        digest.update(b);
        chunks.push(b);
        size += b.length;
        if (size >= 1 << 20) flush();
      };
      const flush = () => {
        const all = Buffer.concat(chunks);
        let done = 0;
        while (done < all.length) done += writeSync(out, all, done);
        chunks.length = 0;
        size = 0;
      };
      const notes = new Map<string, UnsettledNote>();
      KINDS.forEach((kind, i) => {
        emit(Buffer.from(`${i ? '},' : '{'}${JSON.stringify(kind)}:{`));
        let first = true;
        for (const h of [...used[kind]].sort()) {
          const prev = kind === 'bodies' && !this.at.bodies.has(h) ? this.deferred.get(h) : undefined;
          const raw = prev ? undefined : this.raw(kind, h);
          if (!raw && !prev) continue;
          // With pages, a body's text is on its page alone (pack format 8). A deferred body: its
          // entry made from texts.json's (its notes by hash), as `storedBody` makes it from the text.
          const bytes = prev
            ? Buffer.from(JSON.stringify(pages ? storedFrom(prev, h, pages.get(h)!, notes) : prev.body(h)))
            : pages && kind === 'bodies'
              ? Buffer.from(JSON.stringify(storedBody(JSON.parse(raw!.toString('utf8')) as ClauseBody, pages.get(h)!, notes)))
              : raw!;
          emit(Buffer.from(`${first ? '' : ','}${JSON.stringify(h)}:`));
          emit(bytes);
          first = false;
        }
      });
      // With pages, the bodies' notes once each (pack format 8), after the kinds as `TextTable.write` puts them.
      emit(Buffer.from(pages ? `},"notes":${JSON.stringify(notesPart(notes))}}\n` : '}}\n'));
      flush();
      this.written = digest.digest('hex');
    } finally {
      closeSync(out);
    }
  }

  /** Closes and removes the scratch files (they are no part of the pack). */
  dispose(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.file, { force: true });
    this.users.dispose();
    this.recent = new Map();
    this.deferred.clear();
  }
}

/** The kinds of texts.json, in the order it lists them. */
const KINDS = ['bodies', 'footers', 'findings', 'flows'] as const satisfies readonly Kind[];
const emptyTexts = (): TextsFile => ({ bodies: {}, footers: {}, findings: {}, flows: {} });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNote = (n: unknown) => isObject(n) && typeof n['id'] === 'string' && typeof n['article'] === 'string' && typeof n['note'] === 'string';
const isFlowsText = (f: unknown): f is FlowsText =>
  isObject(f) && Array.isArray(f['flows']) && (f['diagram'] === undefined || (typeof f['diagram'] === 'string' && /^diagrams\/[0-9a-f]{16}\.svg$/.test(f['diagram']))) && (f['page'] === undefined || (typeof f['page'] === 'string' && /^flows\/[0-9a-f]{16}\.html$/.test(f['page'])));
const isNotes = (u: unknown) => u === undefined || (Array.isArray(u) && u.every(isNote));
const isBody = (b: unknown): b is ClauseBody => isObject(b) && typeof b['locale'] === 'string' && typeof b['text'] === 'string' && b['page'] === undefined && isNotes(b['unsettled']);
/** A body of format 8 whose text is on a page of texts/ (`texts/<16 hex>.html`). */
const isPagedBody = (b: unknown): b is StoredBody & { page: string } =>
  isObject(b) && typeof b['locale'] === 'string' && b['text'] === undefined && b['unsettled'] === undefined && typeof b['page'] === 'string' && /^texts\/[0-9a-f]{16}\.html$/.test(b['page']) && (b['notes'] === undefined || (Array.isArray(b['notes']) && b['notes'].length > 0 && b['notes'].every((n) => typeof n === 'string')));

/**
 * A body of format 8 with its text read back from its page (beside texts.json); undefined when the
 * page is missing, not a plain file or shows no text (the caller refuses it, as an edited text).
 */
function pagedBody(file: string, hash: string, b: StoredBody & { page: string }, read: Map<string, string | undefined>, notes: Record<string, unknown>): ClauseBody | undefined {
  const unsettled = (b.notes ?? []).map((n) => notes[n]);
  if (!unsettled.every(isNote)) return undefined;
  // Each page read once: it holds the texts of every template with the same flows.
  let html = read.get(b.page);
  if (!read.has(b.page)) {
    const page = path.join(path.dirname(file), b.page);
    html = lstatOrUndefined(page)?.isFile() ? readFileSync(page, 'utf8') : undefined;
    read.set(b.page, html);
  }
  const text = html === undefined ? undefined : bodyOnPage(html, hash, b.locale);
  return text === undefined ? undefined : { locale: b.locale, text, ...(unsettled.length ? { unsettled: unsettled as UnsettledNote[] } : {}) };
}

/**
 * Reads a pack's texts.json. Every text must be the one its hash names: a file edited since the
 * export wrote it is an input error naming the first text that does not match.
 */
export function readTexts(file: string): TextTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new DiscloseError('E_FILE_NOT_FOUND', 'the pack has no texts.json, which its records name their clause texts and footers in', { file }, 'Pass a folder written by `disclose export` (pack format 5), whole.');
  }
  const value = parseJson(decodeUtf8(bytes, file), file);
  const bad = (what: string) => new DiscloseError('E_JSON', what, { file, line: 1, column: 1 }, 'Export the pack again; texts.json is written by the export and not edited by hand.');
  // `flows` since pack format 7; a pack of format 5 or 6 (read for --since) has none.
  // `notes` since pack format 8 (with pages).
  if (!isObject(value) || !isObject(value['bodies']) || !isObject(value['footers']) || !isObject(value['findings']) || !(value['flows'] === undefined || isObject(value['flows'])) || !(value['notes'] === undefined || isObject(value['notes']))) throw bad('not the texts of a disclose export');
  const notes = (value['notes'] ?? {}) as Record<string, unknown>;
  for (const [h, n] of Object.entries(notes)) {
    if (!isNote(n) || noteHash(n as UnsettledNote) !== h) throw bad(`the note ${h} is not the note its hash names (edited or damaged)`);
  }
  const table = new TextTable();
  const pages = new Map<string, string | undefined>();
  for (const [h, b] of Object.entries(value['bodies'])) {
    const paged = isPagedBody(b);
    const body = paged ? pagedBody(file, h, b, pages, notes) : b;
    if (paged && !body) throw bad(`the clause text ${h} is not on its page ${b.page}, or names a note texts.json does not hold (missing or damaged)`);
    if (!isBody(body) || bodyHash(body) !== h) throw bad(`the clause text ${h} is not the text its hash names (edited or damaged)`);
    table.bodies.set(h, body);
  }
  for (const [h, f] of Object.entries(value['footers'])) {
    if (typeof f !== 'string' || footerHash(f) !== h) throw bad(`the footer ${h} is not the text its hash names (edited or damaged)`);
    table.footers.set(h, f);
  }
  for (const [h, f] of Object.entries(value['findings'])) {
    if (!isObject(f) || findingHash(f) !== h) throw bad(`the finding ${h} is not the text its hash names (edited or damaged)`);
    table.findings.set(h, f);
  }
  for (const [h, f] of Object.entries((value['flows'] ?? {}) as Record<string, unknown>)) {
    if (!isFlowsText(f) || flowsHash(f) !== h) throw bad(`the flows ${h} are not the flows their hash names (edited or damaged)`);
    table.flowSets.set(h, f);
  }
  table.drain();
  return table;
}
