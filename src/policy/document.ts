/**
 * Reads a privacy-policy document (Markdown or HTML): its region and locale, its numbered
 * headings, and the clauses disclose manages between `<!-- disclose:clause id=… -->` and
 * `<!-- /disclose:clause -->`. Offsets index the text without its byte-order mark.
 */
import { DiscloseError } from '../errors.js';
import { atxHeading, htmlHeadings, markerComments } from './markup-scan.js';
import { decodeEntities } from './plain-text.js';
import type { SourcePos } from '../model/types.js';
import { lineStarts, positionIn } from '../load/line-index.js';
import { leadingReference } from '../claims/clause-references.js';

export { lineStarts, positionIn };

export interface Heading {
  level: number;
  number?: string;
  title: string;
  start: number;
  end: number;
}

export interface ManagedBlock {
  id: string;
  attrs: Record<string, string>;
  /** The opening marker. */
  openStart: number;
  openEnd: number;
  /** The closing marker. */
  closeStart: number;
  closeEnd: number;
  /** The managed text between the markers (after the opening marker's line break). */
  contentStart: number;
  contentEnd: number;
}

export interface PolicyDocument {
  file: string;
  text: string;
  bom: boolean;
  eol: '\n' | '\r\n';
  format: 'markdown' | 'html';
  region?: string;
  locale?: string;
  /** Offsets of the values that set the region and the locale (front matter or marker), for errors. */
  declaredAt: { region?: number; locale?: number };
  headings: Heading[];
  blocks: ManagedBlock[];
  posAt(offset: number): SourcePos;
}

const CLOSE = /<!--\s*\/disclose:clause\s*-->/g;

/**
 * `name=value` with the value bare, "double-" or 'single-quoted'. A name is the part of a run of
 * word characters from its first letter on, and a match starts only at the beginning of a run:
 * starting at every letter of a long run of letters would take time quadratic in the run.
 */
const ATTR = /(?<![\w-])[\d_-]*([a-zA-Z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

export function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) {
    out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** An attribute name given more than once (`id=a id=b`), which parseAttrs would silently resolve to the last. */
function repeatedAttr(s: string): string | undefined {
  const seen = new Set<string>();
  for (const m of s.matchAll(ATTR)) {
    if (seen.has(m[1]!)) return m[1];
    seen.add(m[1]!);
  }
  return undefined;
}

export function parsePolicy(raw: string, file: string): PolicyDocument {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const starts = lineStarts(text);
  const posAt = (o: number) => positionIn(starts, file, o);
  const fail = (o: number, message: string, hint: string): never => {
    throw new DiscloseError('E_POLICY_MARKER', message, posAt(o), hint);
  };
  const format: PolicyDocument['format'] = /\.html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(text) ? 'html' : 'markdown';
  const eol: PolicyDocument['eol'] = /\r\n/.test(text) ? '\r\n' : '\n';

  let region: string | undefined;
  let locale: string | undefined;
  const declaredAt: PolicyDocument['declaredAt'] = {};
  const front = /^---\r?\n([^]*?)\r?\n---\r?\n/.exec(text);
  if (front) {
    // [ \t] rather than \s: a \s* at each line start backtracks over every following blank line.
    const bodyStart = front[0].indexOf('\n') + 1;
    const r = /^[ \t]*(?:disclose-)?region:[ \t]*["']?([\w-]+)/m.exec(front[1]!);
    const l = /^[ \t]*(?:disclose-)?locale:[ \t]*["']?([\w-]+)/m.exec(front[1]!);
    region = r?.[1];
    locale = l?.[1];
    if (r) declaredAt.region = bodyStart + r.index + r[0].length - r[1]!.length;
    if (l) declaredAt.locale = bodyStart + l.index + l[0].length - l[1]!.length;
  }
  const header = markerComments(text, 'disclose:policy').next().value;
  if (header) {
    const a = parseAttrs(header.body);
    if (a['region'] !== undefined) declaredAt.region = header.start;
    if (a['locale'] !== undefined) declaredAt.locale = header.start;
    region = a['region'] ?? region;
    locale = a['locale'] ?? locale;
  }

  const headings: Heading[] = [];
  if (format === 'markdown') {
    let inFence = false;
    for (let l = 0; l < starts.length; l++) {
      const start = starts[l]!;
      const end = l + 1 < starts.length ? starts[l + 1]! - 1 : text.length;
      const line = text.slice(start, end).replace(/\r$/, '');
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      if (inFence) continue;
      const h = atxHeading(line);
      if (h) headings.push(heading(h.level, h.title, start, end));
    }
  } else {
    for (const m of htmlHeadings(text)) {
      const inner = m.inner.replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim();
      headings.push(heading(m.level, decodeEntities(inner), m.start, m.end));
    }
  }

  type Marker = { kind: 'open' | 'close'; start: number; end: number; attrs?: Record<string, string> };
  const markers: Marker[] = [];
  for (const m of markerComments(text, 'disclose:clause')) {
    // An opening marker without its "-->" runs on to the end of the next comment and swallows the
    // text between them, which a rewrite would then drop.
    if (m.body.includes('<!--')) fail(m.start, 'a managed clause marker is not closed with "-->"', 'End the marker on its line: <!-- disclose:clause id=<clause-id> -->.');
    const twice = repeatedAttr(m.body);
    if (twice) fail(m.start, `a managed clause marker gives "${twice}" twice`, 'Write each attribute once.');
    markers.push({ kind: 'open', start: m.start, end: m.end, attrs: parseAttrs(m.body) });
  }
  for (const m of text.matchAll(CLOSE)) markers.push({ kind: 'close', start: m.index!, end: m.index! + m[0].length });
  markers.sort((a, b) => a.start - b.start);
  const blocks: ManagedBlock[] = [];
  const ids = new Map<string, number>();
  let open: Marker | undefined;
  for (const mk of markers) {
    if (mk.kind === 'open') {
      if (open) fail(mk.start, 'a managed clause opens inside another one', 'Close the previous clause with <!-- /disclose:clause --> first; clauses cannot nest.');
      const id = mk.attrs!['id'];
      if (!id) fail(mk.start, 'a managed clause marker has no id', 'Write <!-- disclose:clause id=<clause-id> -->.');
      if (!/^[a-z0-9][a-z0-9_-]*$/.test(id!)) fail(mk.start, `clause id "${id}" is not valid`, 'Use lowercase letters, digits, "-" and "_".');
      if (ids.has(id!)) fail(mk.start, `clause id "${id}" is used twice (first at line ${posAt(ids.get(id!)!).line})`, 'Give each managed clause its own id.');
      ids.set(id!, mk.start);
      open = mk;
    } else {
      if (!open) fail(mk.start, 'a closing clause marker has no opening marker', 'Remove it, or add <!-- disclose:clause id=… --> before it.');
      const contentStart = skipLineBreak(text, open!.end);
      blocks.push({ id: open!.attrs!['id']!, attrs: open!.attrs!, openStart: open!.start, openEnd: open!.end, closeStart: mk.start, closeEnd: mk.end, contentStart, contentEnd: Math.max(contentStart, mk.start) });
      open = undefined;
    }
  }
  if (open) fail(open.start, `managed clause "${open.attrs!['id'] ?? ''}" is not closed`, 'Add <!-- /disclose:clause --> after the clause text.');
  // The document's own marker must survive a sync: once, and outside the text disclose replaces.
  const first = blocks[0];
  if (front && first && front[0].length > first.openStart) {
    fail(first.openStart, `the front matter ends inside managed clause "${first.id}", which sync replaces`, 'Close the front matter with a --- line before the first managed clause.');
  }
  let policyMarkers = 0;
  for (const m of markerComments(text, 'disclose:policy')) {
    if (++policyMarkers > 1) fail(m.start, 'the document has a second disclose:policy marker', 'Keep one <!-- disclose:policy region=… locale=… --> marker.');
    const inside = blocks.find((b) => m.start >= b.openStart && m.start < b.closeEnd);
    if (inside) fail(m.start, `the disclose:policy marker is inside managed clause "${inside.id}", which sync replaces`, 'Move the marker above the first managed clause.');
  }
  return { file, text, bom, eol, format, region, locale, declaredAt, headings, blocks, posAt };
}

function heading(level: number, title: string, start: number, end: number): Heading {
  const m = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/.exec(title.trim());
  if (m) return { level, number: m[1], title: m[2]!, start, end };
  // "Ziffer 5.2 Zustellung", "Section 5.2: Sharing", "第5.2条 订单配送": any locale's reference form.
  const r = leadingReference(title.trim());
  const rest = r?.rest.replace(/^[\s.:：)\-–—]+/, '').trim();
  return r && rest ? { level, number: r.number, title: rest, start, end } : { level, title: title.trim(), start, end };
}

function skipLineBreak(text: string, at: number): number {
  if (text.startsWith('\r\n', at)) return at + 2;
  if (text[at] === '\n') return at + 1;
  return at;
}

/** The number of the heading a position sits under. */
export function numberAt(doc: PolicyDocument, offset: number): string | undefined {
  let found: string | undefined;
  for (const h of doc.headings) {
    if (h.start > offset) break;
    found = h.number ?? found;
    if (h.number === undefined) found = undefined;
  }
  return found;
}
