/**
 * Sentence boundaries in a language that writes no sentence punctuation (Thai): the reader splits
 * sentences at full stops, semicolons and CJK stops (src/claims/read-claims.ts splitSentences), and a
 * Thai paragraph has none, so a numbered purpose with its continuation lines ("5.2 แจ้งการจัดส่ง: …
 * ส่งพัสดุผ่าน" / "SwiftShip Logistics … ซึ่งได้รับชื่อ …" / "SwiftShip เก็บข้อมูลไว้ที่ประเทศเยอรมนี …" /
 * "ข้อความ WhatsApp ส่งผ่าน Meta …") was read as one sentence, and one recipient's place or period bound
 * to another's flow. Thai ends a sentence or clause with a space or a line break; what the locale's
 * reader.yaml `policy.clauseBreaks` says of its words tells which of them end one:
 *
 * - a line break inside a paragraph or list item of a plain-text or Markdown policy (a continuation
 *   line) ends the sentence unless the line before ends with a word that leaves it open (`open`: "ผ่าน"
 *   via, "ที่" at, "ว่า" that, "และ" and) or the next line begins with one that carries it on
 *   (`continuing`: "และ", "ซึ่ง" which, "ถึง" to, "รวมถึง" including; or a word of `predicates`, the
 *   predicate of a subject on the line before);
 * - a space between two Thai words ends one when the same holds and the words after it, up to the next
 *   space, carry a predicate of their own (`predicates`: "จะ" will, "อาจ" may, "ถูก" the passive, "ไม่"
 *   not): "… ประเทศเยอรมนี ผู้ให้บริการบางรายของเราอาจตั้งอยู่นอกประเทศไทย", "… ภายใน 1 ชั่วโมง
 *   ข้อมูลที่ส่งให้บริษัทขนส่งจะถูกลบ …"; a list of data ("ชื่อ เบอร์โทรศัพท์ และที่อยู่") has none.
 *
 * A sentence that opens with a condition ("หากท่านให้ความยินยอม เราจะส่ง SMS …", `subordinate`) does not end
 * at the space before its main clause. Never inside brackets. A numbered item's continuation lines stay its body (one unit, one section): only the reading of
 * sentences changes. Lead-ins read before an item, headings and table rows are left as they are.
 * HTML has no continuation lines (a line break in a paragraph reads as a space), so only the rule for
 * spaces applies there. Offsets are kept: the space or line break that ends a sentence becomes
 * `CLAUSE_BREAK`, which the sentence splitter ends a sentence at and every other reading takes for a space.
 */
import type { Outline } from './outline.js';
import { isLegalForm } from './names.js';

/** U+2028 LINE SEPARATOR: white space to every reading but the sentence splitter, which ends a sentence after it. */
export const CLAUSE_BREAK = '\u2028';

export interface ClauseBreakWords {
  /** Words that end a line or word group with its sentence still open (prepositions, conjunctions, "that"). */
  open?: string[];
  /** Words that begin a line or word group carrying on the sentence before (conjunctions, relatives, prepositions). */
  continuing?: string[];
  /** Words only a predicate holds (modals, the passive, negation): words after a space with one are a clause of their own. */
  predicates?: string[];
  /** Words that open a condition or time clause ("หาก" if, "เมื่อ" when): a space never ends a sentence that opens with one before its main clause. */
  subordinate?: string[];
}

const THAI = /\p{Script=Thai}/u;
const SPACE = /[ \t\u00a0]/;

/**
 * `text` is the outline's reading text or a copy of it with the same offsets; `lineBreaks`: whether a
 * line break inside a unit is a continuation line (plain text and Markdown, not HTML).
 */
export function clauseBreaks(text: string, outline: Pick<Outline, 'units' | 'posAt'>, words: ClauseBreakWords | undefined, lineBreaks: boolean): string {
  const open = words?.open ?? [];
  const continuing = [...(words?.continuing ?? []), ...(words?.predicates ?? [])];
  const predicates = words?.predicates ?? [];
  const subordinate = words?.subordinate ?? [];
  if (!predicates.length && !continuing.length) return text;
  const breaks: number[] = [];
  for (const u of outline.units) {
    if (u.kind !== 'paragraph' && u.kind !== 'item') continue;
    const nl = text.indexOf('\n', u.own);
    const end = u.ownEnd ?? (nl < 0 ? text.length : nl);
    // The start of the sentence being read, and whether a condition opening it ("หากท่านให้ความยินยอม", if you
    // consent) has been kept with the clause after it.
    let from = u.own;
    let held = false;
    // Brackets open before the space being weighed, counted once as the loop moves on (not from the unit's
    // start at every space: a long paragraph would cost the square of its length).
    const brackets = { depth: 0, at: u.own };
    for (let i = u.own; i < end; i++) {
      if (!SPACE.test(text[i]!)) continue;
      let b = i;
      while (b < end && SPACE.test(text[b]!)) b++;
      const a = i - 1;
      if (a < u.own || b >= end) {
        i = b;
        continue;
      }
      const before = text.slice(chunkStart(text, a, u.own), a + 1);
      const after = text.slice(b, chunkEnd(text, b, end));
      i = b - 1;
      // Never inside brackets ("(ข้อความตัวอย่าง … ไม่มีอยู่จริง)").
      if (bracketsOpen(text, brackets, a) > 0) continue;
      if (open.some((w) => before.endsWith(w)) || continuing.some((w) => after.startsWith(w))) continue;
      const lineBreak = lineBreaks && outline.posAt(a).line < outline.posAt(b).line;
      // A company's name broken over two lines ("… ผ่าน Meta Platforms Ireland" / "Limited ซึ่งตั้งอยู่ใน …"): a
      // legal form after the break ends the name the line before began, never a sentence of its own.
      if (lineBreak && /\p{Script=Latin}/u.test(text[a]!) && isLegalForm(after.replace(/[^\p{L}.]+$/u, ''))) continue;
      const clause = predicates.some((w) => after.includes(w));
      // A condition or time clause is not a sentence of its own: the first clause after it is its main clause.
      if (!lineBreak && clause && !held && subordinate.some((w) => text.startsWith(w, from))) {
        held = true;
        continue;
      }
      if (!lineBreak && !(clause && THAI.test(text[a]!) && THAI.test(text[b]!))) continue;
      breaks.push(a + 1);
      from = b;
      held = false;
    }
  }
  if (!breaks.length) return text;
  let out = '';
  let last = 0;
  for (const at of breaks) {
    out += text.slice(last, at) + CLAUSE_BREAK;
    last = at + 1;
  }
  return out + text.slice(last);
}

/** How many brackets are open after text[to], counting on from where `state` stopped (`to` only grows). */
function bracketsOpen(text: string, state: { depth: number; at: number }, to: number): number {
  for (; state.at <= to; state.at++) {
    const c = text[state.at];
    if (c === '(' || c === '（' || c === '[') state.depth++;
    else if ((c === ')' || c === '）' || c === ']') && state.depth > 0) state.depth--;
  }
  return state.depth;
}

function chunkStart(text: string, a: number, from: number): number {
  let s = a;
  while (s > from && !SPACE.test(text[s - 1]!)) s--;
  return s;
}

function chunkEnd(text: string, b: number, end: number): number {
  let e = b;
  while (e < end && !SPACE.test(text[e]!) && text[e] !== CLAUSE_BREAK) e++;
  return e;
}
