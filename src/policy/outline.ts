/**
 * Reads a privacy policy as people write it — Markdown, HTML or plain text — into units: headings
 * (any level, numbered or not, `#` or `<hN>` or a bold line on its own), paragraphs, list items
 * (bullets, numbers, letters, nested) and table rows, each with its own plain text and the heading
 * it sits under. From them it makes the reading text the claim reader reads: one line per unit,
 * a list item or table row preceded by the lines that lead into it ("We share your data with:"),
 * so a claim made by an item reads as from a sentence; every offset maps back to the document.
 */
import type { SourcePos } from '../model/types.js';
import { decodeEntities } from './plain-text.js';
import { articleHeading, chineseItem, labelLine, startsNumbered, underlineLevel } from './plain-lines.js';
import type { PolicyDocument } from './document.js';
import { leadingReference } from '../claims/clause-references.js';
import type { PolicyVocabulary } from '../load/locales.js';
import { topicOf } from './sections.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export type UnitKind = 'heading' | 'paragraph' | 'item' | 'row';

export interface Unit {
  kind: UnitKind;
  /** Heading level (1–6), or a list item's depth (0 = top), or 0. */
  level: number;
  /** "5.2" from "5.2 …", "**5.2**", "## 5\. …", "1) …". */
  number?: string;
  /** A heading's title, or a numbered unit's label ("**7.4** WhatsApp newsletter"). */
  title?: string;
  /** The unit's plain text (inline marks, tags and entities out). */
  text: string;
  /** Offset of the unit's first character in the document. */
  start: number;
  end: number;
  /** The unit a list item or table row continues (its lead-in), if any. */
  leadIn?: number;
  /** Index of the heading unit it sits under (-1: none). */
  heading: number;
  /** Offset of the unit's line in the reading text. */
  at: number;
  /** Offset in the reading text where the unit's own text starts (after its lead-ins). */
  own: number;
  /**
   * Where the unit's own text ends, where the reader reads more after it than the document says (a table
   * row read again after the words for keeping, "… . we keep: SwiftShip, …"): a quoted statement stops here.
   */
  ownEnd?: number;
  /** A table's header row: its words name the columns and are never read as a statement. */
  header?: boolean;
  /** A leading bold label as plain text ("**Order data**: …" → "Order data"). */
  label?: string;
}

/** What the reader needs of a locale to read tables by their headers (reader.yaml `policy`). */
export type TableVocabulary = Pick<PolicyVocabulary, 'topics' | 'numbers'> & {
  columns?: Partial<Record<ColumnRole, string[]>>;
  tableStatements?: Partial<Record<'recipients' | 'retention' | 'transfers', string>>;
};
type ColumnRole = 'recipients' | 'data' | 'purposes' | 'retention' | 'places';

export interface Outline {
  units: Unit[];
  /** One line per unit, items and rows after their lead-ins. */
  text: string;
  /** Offset in the reading text → offset in the document. */
  sourceOffset(offset: number): number;
  posAt(offset: number): SourcePos;
  /** Parts of the document that could not be read (an HTML element that swallows the rest). */
  unread: Array<{ offset: number; what: string; chars: number }>;
}

/** A piece of plain text and where it comes from: `pinned` pieces map every character to `source`. */
interface Piece {
  text: string;
  source: number;
  pinned?: boolean;
}

const LEAD_IN_DEPTH = 3;
const LEAD_IN_CHARS = 300;

/**
 * `vocab` (a locale's reader.yaml `policy`): tables are read by their headers. A table whose header
 * names a recipients column beside a data or purposes column is a statement of sharing, row by
 * row; one whose header names a retention column beside a data column is one of keeping: each row
 * is read after the locale's words for that statement ("we share:", "we keep:"), with or without
 * a lead-in. A header row is never read as a statement of its own.
 */
/**
 * `listing(leadIn, item)`: whether a list item, read after its lead-ins, names data or a recipient
 * with no verb of its own ("WhatsApp Business, fourni par Meta Platforms Ireland Limited : votre
 * numéro …" under "Who has access to your data"); such an item under a heading on recipients is
 * read after the locale's words for sharing ("we share:"), as a recipients table's row is.
 */
export function readOutline(doc: PolicyDocument, vocab?: TableVocabulary, listing?: (leadIn: string, item: string) => boolean): Outline {
  const unread: Outline['unread'] = [];
  const raw = doc.format === 'html' ? htmlUnits(doc.text, unread) : /\.txt$/i.test(doc.file) ? textUnits(doc.text) : markdownUnits(doc.text);
  const tables = tableStatements(raw, vocab);
  const keptCols = keptColumns(raw, vocab);
  const keeping = vocab?.tableStatements?.retention ? `${vocab.tableStatements.retention.replace(/[:：]\s*$/, '')}:` : undefined;
  const sharing = vocab?.tableStatements?.recipients ? `${vocab.tableStatements.recipients.replace(/[:：]\s*$/, '')}:` : undefined;
  // Headings, lead-ins, reading text.
  const units: Unit[] = [];
  let heading = -1;
  const marks: Array<{ at: number; source: number; pinned: boolean }> = [];
  let text = '';
  for (const [k, r] of raw.entries()) {
    const plain = r.pieces.map((p) => p.text).join('');
    const trimmed = plain.trim();
    if (!trimmed) continue;
    const unit: Unit = { kind: r.kind, level: r.level, text: trimmed, start: r.pieces[0]!.source, end: r.end, heading, at: 0, own: 0 };
    const num = numberOf(trimmed, r.label);
    if (num) {
      unit.number = num.number;
      // A numbered paragraph's title is its first sentence, its label ("5.6  Customer support. Questions
      // and complaints become tickets." is about support, not contact): a heading's is all of it.
      const title = num.title && r.kind !== 'heading' ? firstSentence(num.title) : num.title;
      if (title) unit.title = title;
    }
    if (r.kind === 'heading') unit.title = (num?.title ?? trimmed).replace(/[:：]$/, '').trim();
    if (r.kind === 'item' || r.kind === 'row') unit.leadIn = leadInOf(units, r.kind === 'row' ? -1 : r.level);
    if (r.header) unit.header = true;
    if (r.label !== undefined) unit.label = r.label;
    const index = units.length;
    units.push(unit);
    if (r.kind === 'heading') heading = index;
    // The reading line: lead-ins first (pinned to the unit's start), then the unit itself.
    unit.at = text.length;
    const prefix: number[] = [];
    for (let l = unit.leadIn, n = 0; l !== undefined && n < LEAD_IN_DEPTH; l = units[l]!.leadIn, n++) prefix.unshift(l);
    if (prefix.length) {
      // The line starts at the item (a statement read from lead-in and item points at the item);
      // a word inside a lead-in maps back to where the lead-in writes it, so a phrase found in it
      // ("to improve our services") points at the lead-in's line, once, not at each item under it.
      marks.push({ at: text.length, source: unit.start, pinned: true });
      prefix.forEach((l, i) => {
        const lead = units[l]!;
        const copy = leadInText(lead.text);
        const body = copy.replace(/:$/, '');
        // Where the copied words sit in the lead-in's own reading line (its text there is as copied, whitespace aside).
        const own = text.slice(lead.own, text.indexOf('\n', lead.own));
        const from = own.lastIndexOf(body);
        const at = text.length;
        if (from >= 0) {
          for (const m of marksIn(marks, lead.own + from, lead.own + from + body.length)) {
            const to = at + m.at - (lead.own + from);
            // The line's first character stays the item's.
            if (i === 0 && to === at) marks.push({ at: at + 1, source: m.pinned ? m.source : m.source + 1, pinned: m.pinned });
            else marks.push({ at: to, source: m.source, pinned: m.pinned });
          }
        }
        marks.push({ at: at + body.length, source: unit.start, pinned: true });
        text += `${copy} `;
      });
    }
    // A row of a table read by its header: the statement its header makes, then the row. A list
    // item that names a period under a heading on retention ("How long we keep it" / "- Order
    // data: 180 days after delivery"), with nothing leading into it, is read as a statement of keeping.
    const said =
      r.table !== undefined && !r.header
        ? tables.get(r.table)
        : (r.kind === 'item' || (r.kind === 'paragraph' && labelLine(trimmed))) && unit.leadIn === undefined && heading >= 0 && heading !== index && namesNumber(trimmed, vocab) && keeping && topicOf(units[heading]!.title ?? '', vocab) === 'retention'
          ? keeping
          : r.kind === 'item' && sharing && listing && heading >= 0 && !parentItem(raw, k) && topicOf(units[heading]!.title ?? '', vocab) === 'recipients' && listing(prefix.map((l) => leadInText(units[l]!.text)).join(' '), trimmed)
            ? sharing
            : undefined;
    if (said) {
      marks.push({ at: text.length, source: unit.start, pinned: true });
      text += `${said} `;
    }
    unit.own = text.length;
    if (!said && r.headerPieces) {
      for (const p of r.headerPieces) {
        marks.push({ at: text.length, source: p.source, pinned: true });
        text += p.text.replace(/[\r\n\t]/g, ' ');
      }
    }
    if (r.header) {
      // The header's words name the columns: no statement of their own.
      marks.push({ at: text.length, source: r.end, pinned: true });
      text += '\n';
      continue;
    }
    // A table row is one statement, its cells read as one sentence: a semicolon inside a cell ("Company in
    // the United States; the data sit on its servers in Germany", "Mobile number; the update's wording")
    // joins the cell's parts as a comma does and does not end the row's sentence, which would leave what
    // follows it with no recipient and the row's recipient without its data or its places.
    const cellMarks = r.table !== undefined ? /[\r\n\t;；]/g : /[\r\n\t]/g;
    for (const p of r.pieces) {
      marks.push({ at: text.length, source: p.source, pinned: !!p.pinned });
      text += p.text.replace(cellMarks, (c) => (c === ';' || c === '；' ? ',' : ' '));
    }
    // A recipients table with a column of periods ("Recipient | Data | Kept for") says of each row, besides
    // what the recipient gets, how long it is kept: the row's recipient, data and period are read again
    // after the words for keeping ("… . we keep: SwiftShip, name, address, 180 days"), pointing at the row.
    const kept = r.table !== undefined && !r.header && keeping && r.cells ? keptCols.get(r.table) : undefined;
    const period = kept && r.cells![kept.retention]?.trim();
    // A period in words only ("Meta keeps messages for a short period") is read as well: the keeping it
    // states is vague, not none.
    if (kept && period && /[\p{L}\p{N}]/u.test(period)) {
      unit.ownEnd = text.length;
      marks.push({ at: text.length, source: unit.start, pinned: true });
      text += `. ${keeping} ${[...kept.others.map((i) => r.cells![i]?.trim() ?? ''), period].filter(Boolean).join(', ')}`;
    }
    marks.push({ at: text.length, source: r.end, pinned: true });
    text += '\n';
  }
  const sourceOffset = (o: number): number => {
    let lo = 0;
    let hi = marks.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (marks[mid]!.at <= o) lo = mid;
      else hi = mid - 1;
    }
    const m = marks[lo]!;
    return m.pinned ? m.source : m.source + (o - m.at);
  };
  return { units, text, sourceOffset, posAt: (o) => doc.posAt(sourceOffset(o)), unread };
}

/** The marks that map the reading text [from, to): the one in force at `from`, moved to it, and those after. */
function marksIn(marks: ReadonlyArray<{ at: number; source: number; pinned: boolean }>, from: number, to: number): Array<{ at: number; source: number; pinned: boolean }> {
  const out: Array<{ at: number; source: number; pinned: boolean }> = [];
  let k = marks.length - 1;
  while (k > 0 && marks[k]!.at > from) k--;
  const first = marks[k];
  if (first) out.push(first.pinned ? { ...first, at: from } : { at: from, source: first.source + (from - first.at), pinned: false });
  for (let j = k + 1; j < marks.length && marks[j]!.at < to; j++) out.push(marks[j]!);
  return out;
}

/**
 * The unit an item at `depth` (-1 for a table row) continues: its parent item, always (the items
 * nested under it say more of what it names), or the paragraph before the list, when it leads into
 * it — it ends in ":" ("We share your data with:") or is a short label ("Sharing with third
 * parties"). A paragraph that is prose of its own leads into nothing.
 */
function leadInOf(units: Unit[], depth: number): number | undefined {
  const leads = (u: Unit) => /[:：]\s*$/.test(u.text) || isLabel(u.text);
  for (let i = units.length - 1; i >= 0 && i >= units.length - 200; i--) {
    const u = units[i]!;
    if (u.kind === 'heading') return undefined;
    if (depth < 0) {
      if (u.kind === 'row') continue;
      return /[:：]\s*$/.test(u.text) ? i : undefined;
    }
    if (u.kind === 'item' && u.level >= depth) continue;
    // A parent item is what its nested items continue, prose or label: "Meta Platforms Ireland
    // Limited (Ireland), which runs WhatsApp for us" over "- receives: your phone number …".
    if (u.kind === 'item') return i;
    if (u.kind === 'paragraph') return leads(u) ? i : undefined;
    return undefined;
  }
  return undefined;
}

/** Whether the item raw[k] has items nested under it (a category label for them, no statement of its own). */
function parentItem(raw: readonly RawUnit[], k: number): boolean {
  const r = raw[k]!;
  for (let j = k + 1; j < raw.length; j++) {
    const n = raw[j]!;
    if (!n.pieces.map((p) => p.text).join('').trim()) continue;
    return n.kind === 'item' && n.level > r.level;
  }
  return false;
}

function isLabel(s: string): boolean {
  return s.length < 80 && !/[.!?。]$/.test(s);
}

/** What of a lead-in is read before its items: its last sentence, and a label as one ("Sharing:"). */
function leadInText(s: string): string {
  const parts = s.split(/(?<=[.!?。])\s+/);
  const last = (parts[parts.length - 1] ?? s).slice(-LEAD_IN_CHARS).trim();
  return /[:：]$/.test(last) ? last : `${last}:`;
}

// A number alone (a bold label "**5.2**") ends the text: "5.2", not "5" and "2".
const NUMBER = /^(?:§\s*)?(\d{1,3}(?:\.\d{1,3})*)(?:[.)]\s*|\s+|(?=[^\d\s.])|$)(.*)$/s;

/** A unit's clause number and label. */
function numberOf(text: string, label: string | undefined): { number: string; title?: string } | undefined {
  const src = label ?? text;
  const m = NUMBER.exec(src.trim());
  if (!m) return referenceNumber(text, label);
  // A bare "1 " before a sentence is a count, not a number, unless it is a heading or a label.
  const rest = m[2]!.trim();
  if (!m[1]!.includes('.') && !/[.)]/.test(src.trim().slice(m[1]!.length, m[1]!.length + 1)) && label === undefined) {
    if (rest.length > 80) return undefined;
  }
  const title = label !== undefined ? (rest || text.slice(label.length).trim().split(/(?<=[.:!?])\s/)[0]) : rest.length <= 80 ? rest : `${rest.slice(0, 60).replace(/\s+\S*$/, '')}…`;
  return { number: m[1]!, title: title?.replace(/[:：]$/, '').trim() || undefined };
}

/** A text's first sentence, up to a full stop, colon, question or exclamation mark before a space, without that mark. */
function firstSentence(text: string): string {
  return text.split(/(?<=[.:!?。：；])\s/)[0]!.replace(/[.:：。]$/, '').trim() || text;
}

/** A unit that starts with a section reference in any locale's form ("Ziffer 5.2 …", "第5.2条 …", "Section 5.2: …"); a sentence only when short. */
function referenceNumber(text: string, label: string | undefined): { number: string; title?: string } | undefined {
  const r = leadingReference((label ?? text).trim());
  if (!r) return undefined;
  const rest = (label !== undefined ? r.rest || text.slice(label.length) : r.rest).replace(/^[\s.:：)\-–—]+/, '').trim();
  if (label === undefined && rest.length > 80) return undefined;
  const title = rest.split(/(?<=[.:!?。])\s/)[0]!.replace(/[:：]$/, '').trim();
  return { number: r.number, title: title || undefined };
}

interface RawUnit {
  kind: UnitKind;
  level: number;
  pieces: Piece[];
  end: number;
  /** A leading bold label ("**5.2**", "**Couriers:**") as plain text. */
  label?: string;
  /** A row's table (numbered in the document) and cells; whether it is the table's header row. */
  table?: number;
  cells?: string[];
  header?: boolean;
  /** A Markdown row's header, read before it when the table is not read by its header ("Recipient, What we share: …"). */
  headerPieces?: Piece[];
}

/** A word in a script written without spaces between words. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Thai}]+$/u;

/** Whether a text holds a number, in digits or as a word of reader.yaml `policy.numbers` ("tot twee jaar", "deux ans"). */
function namesNumber(text: string, vocab: TableVocabulary | undefined): boolean {
  if (/\d/.test(text)) return true;
  const low = text.toLowerCase();
  // Words of scripts written without spaces (Chinese, Thai) are found inside the text; others as words.
  // "One" is left out: in most languages it is also the article ("een", "un", "ein").
  return Object.entries(vocab?.numbers ?? {}).some(([w, v]) => v !== 1 && (UNSPACED.test(w) ? low.includes(w) : new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}([^\\p{L}]|$)`, 'u').test(low)));
}

/** The role a table's header cell names (its first match in this order), by the locale's column words. */
function columnRole(columns: NonNullable<TableVocabulary['columns']>): (cell: string) => ColumnRole | undefined {
  const order: ColumnRole[] = ['retention', 'recipients', 'purposes', 'data', 'places'];
  return (cell) => {
    // Marks belong to their letters (Thai tone marks and vowels above or below, "ประเภทข้อมูล"; a
    // decomposed accent): only what is neither letter, mark nor digit separates words.
    const t = ` ${cell.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()} `;
    // A word of a script written without spaces (Thai, Chinese) is found inside the cell ("ข้อมูลที่ได้รับ": the data received).
    return order.find((role) => (columns[role] ?? []).some((w) => w && (UNSPACED.test(w) ? t.includes(w) : t.includes(` ${w.toLowerCase()} `))));
  };
}

/**
 * The statement each table read by its header makes ("we share:"), by table: a recipients column
 * beside a data or purposes column, or a retention column beside a data column or in a table with no
 * recipients column.
 */
function tableStatements(raw: readonly RawUnit[], vocab: TableVocabulary | undefined): Map<number, string> {
  const out = new Map<number, string>();
  const columns = vocab?.columns;
  const said = vocab?.tableStatements;
  if (!columns || !said) return out;
  const roleOf = columnRole(columns);
  for (const r of raw) {
    if (!r.header || r.table === undefined || !r.cells) continue;
    const roles = new Set(r.cells.map(roleOf));
    // A column of periods with no recipients column is a table of keeping whatever its other columns are
    // called ("Record | How long", "Was | Wie lange"): what each row names is kept for its period.
    const kind = roles.has('recipients') && (roles.has('data') || roles.has('purposes')) ? 'recipients' : roles.has('retention') && (roles.has('data') || !roles.has('recipients')) ? 'retention' : undefined;
    // A recipients table with a column of places ("Where") says where each row's data goes: "we transfer:".
    const words = kind === 'recipients' && roles.has('places') && said.transfers ? said.transfers : kind ? said[kind] : undefined;
    if (words) out.set(r.table, `${words.replace(/[:：]\s*$/, '')}:`);
  }
  return out;
}

/**
 * The tables whose header names a recipients column and a retention column ("Recipient | Data | Seat |
 * Kept for"), by table: the retention column's index and those of its recipients and data columns (no
 * places: where a row's data go is the transfers statement's, not a place of keeping).
 */
function keptColumns(raw: readonly RawUnit[], vocab: TableVocabulary | undefined): Map<number, { retention: number; others: number[] }> {
  const out = new Map<number, { retention: number; others: number[] }>();
  const columns = vocab?.columns;
  if (!columns) return out;
  const roleOf = columnRole(columns);
  for (const r of raw) {
    if (!r.header || r.table === undefined || !r.cells) continue;
    const roles = r.cells.map(roleOf);
    const retention = roles.indexOf('retention');
    if (retention < 0 || !roles.includes('recipients')) continue;
    out.set(r.table, { retention, others: roles.flatMap((role, i) => (role === 'recipients' || role === 'data' ? [i] : [])) });
  }
  return out;
}

// ---------------------------------------------------------------- Markdown

const INLINE = /\\([!-/:-@[-`{-~])|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);|!?\[([^\]\n]*)\]\(([^)\s]*)(?:\s+"[^"\n]*")?\)|<((?:https?:\/\/|mailto:)[^<>\s]*)>|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`|<\/?[a-z][^<>\n]*>/gi;

/** Plain pieces of Markdown inline text at `source`: escapes, entities, links, emphasis and tags resolved. */
function inlinePieces(s: string, source: number): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of s.matchAll(INLINE)) {
    const i = m.index!;
    if (i > last) out.push({ text: s.slice(last, i), source: source + last });
    const tok = m[0];
    if (m[1] !== undefined) out.push({ text: m[1], source: source + i + 1 });
    else if (tok.startsWith('&')) out.push({ text: decodeEntities(tok), source: source + i, pinned: true });
    else if (m[2] !== undefined) {
      const textAt = tok.indexOf('[') + 1;
      out.push(...inlinePieces(m[2], source + i + textAt));
    } else if (m[4] !== undefined) out.push({ text: m[4].replace(/^mailto:/i, ''), source: source + i + 1 });
    last = i + tok.length;
  }
  if (last < s.length) out.push({ text: s.slice(last), source: source + last });
  return out;
}

const BOLD_LINE = /^\s{0,3}(?:\*\*|__)\s*([^*_\n][^*\n]*?)\s*(?:\*\*|__)\s*[:：]?\s*$/;
const BOLD_LABEL = /^(\s{0,3}(?:\*\*|__)\s*([^*\n]{1,80}?)\s*(?:\*\*|__)\s*[:：]?)\s*\S/;
const DEFINITION_LINE = /^\s{0,3}(?:(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)\s*[:：]\s*\S|\p{Lu}[\p{L}\p{M}'’ -]{0,38}?\s+[—–]\s+\S)/u;
const ITEM = /^(\s*)(?:[*+•-]|\d{1,3}[.)]|[a-z][.)]|\(?[ivx]{1,4}\)|\([a-z0-9]{1,3}\))\s+/;
const ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function markdownUnits(text: string): RawUnit[] {
  const out: RawUnit[] = [];
  let open: RawUnit | undefined;
  let inFence = false;
  let inFront = text.startsWith('---\n') || text.startsWith('---\r\n');
  let header: Piece[] | undefined;
  let table = -1;
  let lineNo = 0;
  for (let start = 0; start < text.length; lineNo++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).replace(/\r$/, '');
    const next = nl < 0 ? text.length : nl + 1;
    const at = start;
    start = next;
    if (inFront) {
      if (lineNo > 0 && /^---\s*$/.test(line)) inFront = false;
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      open = undefined;
      continue;
    }
    if (inFence || /^\s*<!--.*-->\s*$/.test(line)) continue;
    if (!line.trim()) {
      open = undefined;
      header = undefined;
      continue;
    }
    // Blockquote marks are read through.
    const quote = /^\s*(?:>\s?)+/.exec(line);
    const body = quote ? line.slice(quote[0].length) : line;
    const bodyAt = at + (quote ? quote[0].length : 0);
    const atx = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(body);
    if (atx) {
      out.push({ kind: 'heading', level: atx[1]!.length, pieces: inlinePieces(atx[2]!, bodyAt + body.indexOf(atx[2]!)), end: at + line.length });
      open = undefined;
      continue;
    }
    if (/^\s*(=+|-{3,}|\*{3,}|_{3,})\s*$/.test(body)) {
      // A setext underline makes the paragraph before it a heading; a rule ends it.
      if (open && open.kind === 'paragraph' && /^\s*(=+|-+)\s*$/.test(body)) {
        open.kind = 'heading';
        open.level = body.includes('=') ? 1 : 2;
      }
      open = undefined;
      continue;
    }
    if (ROW.test(body)) {
      if (SEPARATOR_ROW.test(body)) continue;
      const pieces = rowPieces(body, bodyAt);
      const cells = rowCells(body);
      if (!header) {
        header = pieces;
        out.push({ kind: 'row', level: 0, pieces, end: at + line.length, table: ++table, cells, header: true });
      } else out.push({ kind: 'row', level: 0, pieces, end: at + line.length, table, cells, headerPieces: [...header.map((p) => ({ ...p, source: bodyAt, pinned: true })), { text: ': ', source: bodyAt, pinned: true }] });
      open = undefined;
      continue;
    }
    header = undefined;
    const bold = BOLD_LINE.exec(body);
    // A bold line on its own is a heading; a question is one too ("**Will we disclose your data?**"), a sentence is not.
    if (bold && bold[1]!.length <= 120 && !/[.!]["”]?$/.test(bold[1]!.trim())) {
      out.push({ kind: 'heading', level: 4, pieces: inlinePieces(bold[1]!, bodyAt + body.indexOf(bold[1]!)), end: at + line.length });
      open = undefined;
      continue;
    }
    const item = ITEM.exec(body);
    if (item) {
      const depth = Math.floor(item[1]!.replace(/\t/g, '    ').length / 2);
      const rest = body.slice(item[0].length);
      const numbered = /^\s*\d/.test(item[0]) ? item[0].trim().replace(/[.)]$/, '') : undefined;
      const restAt = bodyAt + item[0].length;
      open = { kind: 'item', level: depth, pieces: inlinePieces(rest, restAt), end: at + line.length, ...labelOf(rest) };
      if (numbered && /^\d+$/.test(numbered)) open.label = open.label ?? undefined;
      out.push(open);
      continue;
    }
    // A definition line ("**Term**: …", "Term — …") starts a paragraph of its own, even without a
    // blank line before it: consecutive definitions are one each, not one run-on paragraph.
    if (open && open.kind === 'paragraph' && DEFINITION_LINE.test(body)) open = undefined;
    if (open && (open.kind === 'paragraph' || open.kind === 'item')) {
      // A continuation line (a lazy line of a paragraph or an item).
      open.pieces.push({ text: ' ', source: at, pinned: true }, ...inlinePieces(body.trimStart(), bodyAt + (body.length - body.trimStart().length)));
      open.end = at + line.length;
      continue;
    }
    open = { kind: 'paragraph', level: 0, pieces: inlinePieces(body, bodyAt), end: at + line.length, ...labelOf(body) };
    out.push(open);
  }
  return out;
}

/** A bold label at the start of a paragraph or item, as plain text ("5.2", "Couriers"). */
function labelOf(s: string): { label?: string } {
  const m = BOLD_LABEL.exec(s);
  if (!m) return {};
  return { label: m[2]!.replace(/\\([!-/:-@[-`{-~])/g, '$1').trim() };
}

/** A Markdown table row's cells as plain text. */
function rowCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => inlinePieces(c.trim(), 0).map((p) => p.text).join('').trim());
}

function rowPieces(line: string, at: number): Piece[] {
  const out: Piece[] = [];
  let i = line.indexOf('|') + 1;
  let first = true;
  while (i < line.length) {
    let j = i;
    while (j < line.length && !(line[j] === '|' && line[j - 1] !== '\\')) j++;
    const cell = line.slice(i, j);
    if (j >= line.length && !cell.trim()) break;
    if (cell.trim()) {
      if (!first) out.push({ text: ', ', source: at + i, pinned: true });
      const lead = cell.length - cell.trimStart().length;
      out.push(...inlinePieces(cell.trim().replace(/<br\s*\/?>/gi, ' '), at + i + lead));
      first = false;
    }
    i = j + 1;
  }
  return out;
}

// ---------------------------------------------------------------- Plain text

/**
 * Whether a short line that looks like a heading is the first line of a wrapped paragraph instead: the
 * line right under it (no blank line between) goes on with its sentence, beginning in lower case
 * ("4.3 Wij verkopen geen persoonsgegevens en geven ze niet aan" / "    adverteerders."), or indented
 * under its text, hanging from its number, with the line filled about as far as the next one
 * ("1. Firma kurierska SwiftShip Logistics z siedzibą w Stanach" / "   Zjednoczonych otrzymuje …").
 * A title in capitals ("3. PENDEDAHAN KEPADA PIHAK KETIGA") or a short title over indented text
 * ("2. TUJUAN" / "   (a) Memproses …") stays a heading.
 */
function runsOn(line: string, text: string, next: number): boolean {
  if (next >= text.length) return false;
  const nl = text.indexOf('\n', next);
  const below = text.slice(next, nl < 0 ? text.length : nl).replace(/\r$/, '').trimEnd();
  const t = line.trim();
  if (!below.trim() || t === t.toUpperCase()) return false;
  if (/^\p{Ll}/u.test(below.trim())) return true;
  const lead = line.length - line.trimStart().length;
  const belowLead = below.length - below.trimStart().length;
  return belowLead > lead && line.trimEnd().length >= 0.75 * below.length && t.split(/\s+/).length >= 6;
}

function textUnits(text: string): RawUnit[] {
  const out: RawUnit[] = [];
  let open: RawUnit | undefined;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).replace(/\r$/, '');
    const at = start;
    start = nl < 0 ? text.length : nl + 1;
    if (!line.trim()) {
      open = undefined;
      continue;
    }
    // A setext underline makes the one-line paragraph above it a heading; under anything else it is a rule.
    const underline = underlineLevel(line);
    if (underline) {
      if (open && open.kind === 'paragraph' && open.pieces.length === 1) Object.assign(open, { kind: 'heading', level: underline });
      open = undefined;
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const item = ITEM.exec(line) ?? chineseItem(line);
    const t = line.trim();
    // A dotted clause number starts a paragraph of its own ("5.1 …" then "5.2 …" on the next line).
    if (open && !item && startsNumbered(t)) open = undefined;
    // "Label: text" lines one under the other (a list without bullets) are each a paragraph of their own.
    if (open && !item && labelLine(t) && /[.!?。]$/.test(open.pieces[open.pieces.length - 1]!.text.trim())) open = undefined;
    const headingLike = !open && t.length <= 80 && !/[.,;:!?。]$/.test(t) && (/^(?:§\s*)?\d{1,3}(\.\d{1,3})*[.)]?\s+\p{Lu}/u.test(t) || (t === t.toUpperCase() && /\p{Lu}{3}/u.test(t)) || articleHeading(t)) && !runsOn(line, text, start);
    if (headingLike) {
      out.push({ kind: 'heading', level: /^\d+\.\d/.test(t) ? 3 : 2, pieces: [{ text: t, source: at + lead }], end: at + line.length });
      continue;
    }
    if (item) {
      open = { kind: 'item', level: Math.floor(item[1]!.length / 2), pieces: [{ text: line.slice(item[0].length), source: at + item[0].length }], end: at + line.length };
      out.push(open);
      continue;
    }
    if (open) {
      open.pieces.push({ text: ' ', source: at, pinned: true }, { text: t, source: at + lead });
      open.end = at + line.length;
      continue;
    }
    open = { kind: 'paragraph', level: 0, pieces: [{ text: t, source: at + lead }], end: at + line.length };
    out.push(open);
  }
  return out;
}

// ---------------------------------------------------------------- HTML

const BLOCK = new Set(['p', 'div', 'li', 'dt', 'dd', 'tr', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'body', 'html', 'pre', 'figure', 'form']);
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg']);
const BOLD_BLOCK = /\bclass\s*=\s*["'][^"']*\b(?:fw-bold|font-bold|font-weight-bold|bold)\b|font-weight\s*:\s*(?:bold|[6-9]00)\b/i;

/** Units of an HTML document: text runs between block tags, whitespace collapsed. */
function htmlUnits(text: string, unread: Outline['unread']): RawUnit[] {
  const out: RawUnit[] = [];
  const TAG = /<!--[^]*?-->|<!\[CDATA\[[^]*?\]\]>|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>|<![^<>]*>/g;
  let depth = 0;
  let heading = 0;
  let inRow = false;
  let cells = 0;
  // Tables: numbered in the document; a row is a header when it sits in <thead> or all its cells are <th>.
  let table = -1;
  let inHead = false;
  let headCells = 0;
  let rowCells: Array<{ from: number }> = [];
  let skip: string | undefined;
  let skipAt = 0;
  let current: RawUnit | undefined;
  // A paragraph set in bold on its own — `<p><strong>…</strong></p>`, or bold by its class or
  // style (`<p class="fw-bold">`) — is a heading, as a bold line is in Markdown.
  let strong = 0;
  let boldBlock = false;
  let plainInUnit = false;
  const flush = () => {
    if (current && current.kind === 'row' && table >= 0) {
      current.table = table;
      current.header = inHead || (headCells > 0 && headCells === cells);
      const pieces = current.pieces;
      current.cells = rowCells.map((c, i) => pieces.slice(c.from, rowCells[i + 1]?.from ?? pieces.length).map((p) => p.text).join('').replace(/^,\s*/, '').trim());
    }
    if (current && current.pieces.some((p) => p.text.trim())) {
      const t = current.pieces.map((p) => p.text).join('').trim();
      if (current.kind === 'paragraph' && (boldBlock || !plainInUnit) && t.length <= 120 && !/[.!]["”]?$/.test(t)) {
        current.kind = 'heading';
        current.level = 4;
      }
      out.push(current);
    }
    current = undefined;
    plainInUnit = false;
  };
  const begin = (at: number) => {
    current ??= { kind: heading ? 'heading' : inRow ? 'row' : (depth > 0 && liOpen) || ddOpen ? 'item' : 'paragraph', level: heading || Math.max(0, depth - 1), pieces: [], end: at };
  };
  let liOpen = false;
  let ddOpen = false;
  let last = 0;
  const addText = (s: string, at: number) => {
    if (skip) return;
    // Collapse whitespace, keeping each run of text at its offset.
    const re = /\s+|[^\s&]+|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);|&/gi;
    for (const m of s.matchAll(re)) {
      const tok = m[0];
      if (/^\s/.test(tok)) {
        if (current && current.pieces.length && !current.pieces[current.pieces.length - 1]!.text.endsWith(' ')) current.pieces.push({ text: ' ', source: at + m.index!, pinned: true });
        continue;
      }
      begin(at + m.index!);
      if (!strong) plainInUnit = true;
      current!.pieces.push(tok.startsWith('&') && tok.length > 1 ? { text: decodeEntities(tok), source: at + m.index!, pinned: true } : { text: tok, source: at + m.index! });
      current!.end = at + m.index! + tok.length;
    }
  };
  for (const m of text.matchAll(TAG)) {
    addText(text.slice(last, m.index), last);
    last = m.index! + m[0].length;
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const closing = m[0].startsWith('</');
    if (skip) {
      if (closing && name === skip) skip = undefined;
      continue;
    }
    if (SKIP.has(name) && !closing && !m[0].endsWith('/>')) {
      skip = name;
      skipAt = m.index!;
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (!closing && cells++ > 0 && current) current.pieces.push({ text: ', ', source: m.index!, pinned: true });
      if (!closing) {
        if (name === 'th') headCells++;
        rowCells.push({ from: current?.pieces.length ?? 0 });
      }
      continue;
    }
    if (name === 'thead') inHead = !closing;
    if (!BLOCK.has(name)) {
      if (name === 'strong' || name === 'b') strong = Math.max(0, strong + (closing ? -1 : 1));
      continue;
    }
    // A definition list's term leads into its descriptions ("<dt>Meta Platforms Ireland Limited</dt><dd>A
    // company … ; it is given your mobile number …</dd>"): the term is read as a lead-in (a colon after it) and
    // each description as an item under it, as a label over a list's items.
    if (name === 'dt' && closing && current && current.kind === 'paragraph') {
      while (current.pieces.length && !current.pieces[current.pieces.length - 1]!.text.trim()) current.pieces.pop();
      if (!/[:：]$/.test(current.pieces.map((p) => p.text).join('').trim())) current.pieces.push({ text: ':', source: m.index!, pinned: true });
    }
    flush();
    boldBlock = !closing && (name === 'p' || name === 'div') && BOLD_BLOCK.test(m[0]);
    if (name === 'ul' || name === 'ol') depth += closing ? -1 : 1;
    if (depth < 0) depth = 0;
    if (name === 'li') liOpen = !closing;
    if (name === 'dd') ddOpen = !closing;
    if (/^h[1-6]$/.test(name)) heading = closing ? 0 : Number(name[1]);
    if (name === 'tr') {
      inRow = !closing;
      cells = 0;
      headCells = 0;
      rowCells = [];
    }
    if (name === 'table' && !closing) table++;
  }
  addText(text.slice(last), last);
  flush();
  // An element whose content is not text (<head>, <script>, <style>) that never closes swallows
  // the rest of the page: say so rather than read nothing and pass it clean.
  if (skip) {
    const rest = text.slice(skipAt).replace(/<[^<>]*>/g, ' ');
    const letters = (rest.match(/\p{L}/gu) ?? []).length;
    if (letters >= 40) unread.push({ offset: skipAt, what: `<${skip}>`, chars: text.length - skipAt });
  }
  return out;
}
