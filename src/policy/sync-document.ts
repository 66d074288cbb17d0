/**
 * Brings the managed blocks of one policy document up to date: a pure function from the parsed
 * document, the plan (numbers and insertion points) and the rendered blocks to the new text and a
 * report per clause. Everything outside the blocks stays byte for byte; blocks are written with
 * the document's own line ending. A block whose content no longer matches its fingerprint was
 * edited by hand and is kept unless `force` is set.
 */
import type { SourcePos } from '../model/types.js';
import type { PolicyDocument } from './document.js';
import { fingerprint, FINGERPRINT_ATTR, matchesFingerprint } from './fingerprint.js';
import type { SyncPlan } from './plan-sync.js';
import { blockContent, CLOSE_MARKER, headingLine, openMarker } from './render-block.js';

export interface RenderedBlock {
  /** The clause title, for the heading of a clause that is added. */
  title: string;
  /** The block's lines in the document's format (see `blockLines`). */
  lines: string[];
}

export type BlockStatus = 'in-sync' | 'updated' | 'edited' | 'overwritten' | 'missing' | 'added';

export interface BlockReport {
  id: string;
  status: BlockStatus;
  number: string | undefined;
  /** The opening marker in the document as it was, or the insertion point of a missing clause. */
  pos: SourcePos;
  /** For an edited block: its content no longer matches the fingerprint, or it never had one. */
  reason?: 'changed' | 'no-fingerprint';
  /** For a missing clause: the heading and block to insert. */
  insert?: string;
}

export interface SyncOptions {
  /** Overwrite blocks edited by hand. */
  force?: boolean;
  /** Insert the clauses that have no block. */
  addMissing?: boolean;
}

export interface SyncResult {
  /** The new document text, with the byte-order mark when the document has one. */
  text: string;
  changed: boolean;
  blocks: BlockReport[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function syncDocument(doc: PolicyDocument, plan: SyncPlan, rendered: ReadonlyMap<string, RenderedBlock>, options: SyncOptions = {}): SyncResult {
  const text = doc.text;
  const eol = documentEol(doc);
  const edits: Edit[] = [];
  const reports: BlockReport[] = [];
  const get = (id: string): RenderedBlock => {
    const r = rendered.get(id);
    if (!r) throw new Error(`no rendered block for clause "${id}"`);
    return r;
  };

  for (const b of doc.blocks) {
    const r = get(b.id);
    const content = blockContent(r.lines, eol, indentBefore(text, b.openStart));
    const current = text.slice(b.contentStart, b.contentEnd);
    const recorded = b.attrs[FINGERPRINT_ATTR];
    const edited = recorded !== undefined ? !matchesFingerprint(current, recorded) : current.trim() !== '' && lf(current) !== lf(content);
    const base = { id: b.id, number: plan.numbers.get(b.id), pos: doc.posAt(b.openStart) };
    if (edited && !options.force) {
      reports.push({ ...base, status: 'edited', reason: recorded !== undefined ? 'changed' : 'no-fingerprint' });
      continue;
    }
    const keepMarker = recorded !== undefined && recorded.toLowerCase() === fingerprint(content);
    const marker = keepMarker ? text.slice(b.openStart, b.openEnd) : openMarker(b.id, content, b.attrs);
    const block = `${marker}${eol}${content}${text.slice(b.closeStart, b.closeEnd)}`;
    if (block === text.slice(b.openStart, b.closeEnd)) {
      reports.push({ ...base, status: 'in-sync' });
      continue;
    }
    edits.push({ start: b.openStart, end: b.closeEnd, text: block });
    reports.push({ ...base, status: edited ? 'overwritten' : 'updated' });
  }

  const byOffset = new Map<number, string[]>();
  for (const m of plan.missing) {
    const r = get(m.id);
    const content = blockContent(r.lines, eol, m.indent);
    const heading = headingLine(doc.format, m.level, m.number, r.title);
    const item =
      doc.format === 'html'
        ? `${m.indent}${heading}${eol}${m.indent}${openMarker(m.id, content)}${eol}${content}${CLOSE_MARKER}`
        : `${heading}${eol}${eol}${openMarker(m.id, content)}${eol}${content}${CLOSE_MARKER}`;
    byOffset.set(m.offset, [...(byOffset.get(m.offset) ?? []), item]);
    reports.push({ id: m.id, number: m.number, pos: doc.posAt(m.offset), status: options.addMissing ? 'added' : 'missing', ...(options.addMissing ? {} : { insert: `${item}${eol}` }) });
  }
  if (options.addMissing) {
    for (const [offset, items] of byOffset) edits.push({ start: offset, end: offset, text: insertion(doc, offset, items, eol) });
  }

  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  return { text: (doc.bom ? '\uFEFF' : '') + out, changed: out !== text, blocks: reports };
}

/** Headings and blocks to insert at `offset` (a line start or the end), set off by blank lines in Markdown. */
function insertion(doc: PolicyDocument, offset: number, items: string[], eol: string): string {
  const before = doc.text.slice(0, offset);
  const atEnd = offset === doc.text.length;
  if (doc.format === 'html') {
    const lead = offset === 0 || before.endsWith('\n') ? '' : eol;
    const trail = atEnd && !doc.text.endsWith('\n') ? '' : eol;
    return `${lead}${items.join(eol)}${trail}`;
  }
  const lead = offset === 0 || /\n[ \t]*\r?\n$/.test(before) ? '' : before.endsWith('\n') ? eol : `${eol}${eol}`;
  const trail = atEnd ? (doc.text.endsWith('\n') ? eol : '') : `${eol}${eol}`;
  return `${lead}${items.join(`${eol}${eol}`)}${trail}`;
}

/** The line ending most used outside the managed blocks (the parser's guess on a tie). */
export function documentEol(doc: PolicyDocument): '\n' | '\r\n' {
  let crlf = 0;
  let lfOnly = 0;
  let at = 0;
  const count = (s: string) => {
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      if (i > 0 && s[i - 1] === '\r') crlf++;
      else lfOnly++;
    }
  };
  for (const b of doc.blocks) {
    count(doc.text.slice(at, b.openStart));
    at = b.closeEnd;
  }
  count(doc.text.slice(at));
  return crlf > lfOnly ? '\r\n' : lfOnly > crlf ? '\n' : doc.eol;
}

/** The whitespace before a marker on its line, when only whitespace precedes it. */
function indentBefore(text: string, at: number): string {
  const prefix = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return /^[ \t]*$/.test(prefix) ? prefix : '';
}

function lf(s: string): string {
  return s.replace(/\r\n/g, '\n');
}
