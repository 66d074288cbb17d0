/**
 * Where each clause sits in a policy document: the number of the heading an existing managed block
 * sits under, and for a clause with no block yet where it would go (the end of the section under a
 * given heading, or the end of the document) and under which number (the next free one).
 */
import { DiscloseError } from '../errors.js';
import { compareNumbers, increment, lastPart } from './clause-numbers.js';
import { numberAt, type Heading, type PolicyDocument } from './document.js';

export interface WantedClause {
  id: string;
  /** The templates' own clause number, used when the document numbers nothing near the insertion point. */
  number?: string;
}

export interface PlannedInsert {
  id: string;
  number: string | undefined;
  level: number;
  /** Where the heading and block go: a line start, or the end of the document. */
  offset: number;
  /** Indentation of the heading and the markers (HTML only). */
  indent: string;
}

export interface SyncPlan {
  /** The clause number each existing block sits under. */
  numbers: Map<string, string | undefined>;
  /** Clauses with no block, in the order wanted. */
  missing: PlannedInsert[];
}

/** Throws E_POLICY_MARKER for a block whose id no template has, and E_USAGE for an unknown `heading`. */
export function planSync(doc: PolicyDocument, wanted: readonly WantedClause[], options: { heading?: string; under?: Heading } = {}): SyncPlan {
  const ids = new Set(wanted.map((w) => w.id));
  const numbers = new Map<string, string | undefined>();
  for (const b of doc.blocks) {
    if (!ids.has(b.id)) {
      throw new DiscloseError('E_POLICY_MARKER', `managed clause "${b.id}" matches no template`, doc.posAt(b.openStart), `Template clause ids: ${[...ids].sort().join(', ') || '(none)'}. Fix the id, or remove the markers to keep the text as your own.`);
    }
    numbers.set(b.id, numberAt(doc, b.openStart));
  }
  // Missing clauses go in the order of the templates' own numbers (unnumbered ones last).
  const absent = wanted
    .filter((w) => !numbers.has(w.id))
    .map((w, i) => ({ w, i }))
    .sort((a, b) => (a.w.number && b.w.number ? compareNumbers(a.w.number, b.w.number) : a.w.number ? -1 : b.w.number ? 1 : 0) || a.i - b.i)
    .map((x) => x.w);
  if (absent.length === 0) return { numbers, missing: [] };
  const point = insertionPoint(doc, options.heading, options.under);
  // A heading written inside a managed block does not end a section there: insert before the block.
  const inside = doc.blocks.find((b) => b.openStart < point.offset && point.offset < b.closeEnd);
  if (inside) point.offset = lineStart(doc.text, inside.openStart);
  const used = new Set(doc.headings.flatMap((h) => (h.number ? [h.number] : [])));
  let next = point.next;
  const missing = absent.map((w): PlannedInsert => {
    let number: string | undefined;
    if (next !== undefined) {
      while (used.has(next)) next = increment(next);
      number = next;
      next = increment(next);
    } else if (w.number !== undefined && !used.has(w.number)) {
      number = w.number;
    }
    if (number !== undefined) used.add(number);
    return { id: w.id, number, level: point.level, offset: point.offset, indent: point.indent };
  });
  return { numbers, missing };
}

interface Point {
  offset: number;
  level: number;
  indent: string;
  /** The next number under the insertion point, when the document numbers its headings there. */
  next: string | undefined;
}

/** At the end of the section under `wanted` (a heading the user named) or `under` (the section `check` reads as the clause), else of the document. */
function insertionPoint(doc: PolicyDocument, wanted: string | undefined, under?: Heading): Point {
  const hs = doc.headings;
  if (wanted !== undefined || under) {
    const parent = wanted !== undefined ? findHeading(doc, wanted) : under!;
    const i = hs.indexOf(parent);
    const after = hs.slice(i + 1);
    // The section runs to the next heading of the same or a higher level, except that numbered
    // sub-clauses written at the parent's level ("## 5" then "## 5.1") still belong to it.
    const inSection = (h: Heading) => h.level > parent.level || (h.level === parent.level && parent.number !== undefined && h.number !== undefined && h.number.startsWith(`${parent.number}.`));
    const endIdx = after.findIndex((h) => !inSection(h));
    const section = endIdx < 0 ? after : after.slice(0, endIdx);
    const offset = endIdx < 0 ? documentEnd(doc, parent.end) : lineStart(doc.text, after[endIdx]!.start);
    const level = section.length ? Math.min(...section.map((h) => h.level)) : Math.min(parent.level + 1, 6);
    const children = section.filter((h) => h.level === level && h.number);
    const last = children.length ? children.reduce((a, b) => (lastPart(b.number!) > lastPart(a.number!) ? b : a)) : undefined;
    const next = last ? increment(last.number!) : parent.number ? `${parent.number}.1` : undefined;
    return { offset, level, indent: indentOf(doc, section[section.length - 1] ?? parent), next };
  }
  const offset = documentEnd(doc, 0);
  const before = hs.filter((h) => h.start < offset);
  const last = before[before.length - 1];
  if (!last) return { offset, level: 2, indent: '', next: undefined };
  if (last.level === 1) return { offset, level: 2, indent: indentOf(doc, last), next: last.number ? `${last.number}.1` : undefined };
  return { offset, level: last.level, indent: indentOf(doc, last), next: last.number ? increment(last.number) : undefined };
}

function findHeading(doc: PolicyDocument, wanted: string): Heading {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const w = norm(wanted);
  const hits = doc.headings.filter((h) => norm(h.title) === w || (h.number !== undefined && (norm(`${h.number} ${h.title}`) === w || norm(`${h.number}. ${h.title}`) === w || h.number === w)));
  if (hits.length === 1) return hits[0]!;
  const list = doc.headings.map((h) => (h.number ? `${h.number} ${h.title}` : h.title)).join('", "');
  if (hits.length === 0) throw new DiscloseError('E_USAGE', `no heading "${wanted}" in the policy`, { file: doc.file }, list ? `Headings: "${list}".` : 'The policy has no headings.');
  throw new DiscloseError('E_USAGE', `${hits.length} headings match "${wanted}"`, doc.posAt(hits[1]!.start), 'Give the heading with its number, e.g. --heading "5 How we use your data".');
}

/** The end of the document, or in HTML the line of `</body>` (else `</html>`) when it comes after `from`. */
function documentEnd(doc: PolicyDocument, from: number): number {
  if (doc.format === 'html') {
    for (const tag of [/<\/body\s*>/gi, /<\/html\s*>/gi]) {
      const hits = [...doc.text.matchAll(tag)];
      const last = hits[hits.length - 1];
      if (last && last.index! >= from) return lineStart(doc.text, last.index!);
    }
  }
  return doc.text.length;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function indentOf(doc: PolicyDocument, h: Heading): string {
  if (doc.format !== 'html') return '';
  const start = lineStart(doc.text, h.start);
  return /^[ \t]*/.exec(doc.text.slice(start, h.start))![0];
}
