// Issue 18's last target, checked mechanically: no finding whose cause a reviewer cannot see at
// the line it points to. For every finding in a policy file — and every related finding grouped
// under it (`data.related` entries with a line) — the line it names must
//   - contain the statement or phrase it quotes (`data.statement`, `data.phrase`, the section title
//     of clause-reference-mismatch, the restricting word of exclusivity-contradicted), or
//   - head its cause, when the cause is an absence (an omitted disclosure, a region's elements the
//     policy lacks): a heading line (Markdown `#`, a bold line on its own, `<hN>`, a bold `<p>`,
//     a plain-text heading) or the document's first line of text.
// Independent of the reader: it looks at the file's own lines, not at the reader's outline.
//
//   import { anchorProblems } from './eval-policies-anchor.mjs';
//   anchorProblems(findings, (file) => text, exclusiveWords) → [{ finding, line, why }]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A line as a reader sees it: tags, Markdown marks and entities out, whitespace collapsed, lower case. */
export function visible(line) {
  return String(line ?? '')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`/g, '')
    .replace(/^\s*(?:>\s?)+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Quotes, table pipes and the commas the reader puts between cells count as spaces.
const norm = (s) => visible(s).replace(/[\s"“”'‘’«»„|,，]+/g, ' ').trim();

/** Whether a source line is a heading, by its own markup. */
export function isHeadingLine(line, next = '') {
  const l = String(line ?? '');
  if (/^\s{0,3}(?:>\s?)*#{1,6}\s+\S/.test(l)) return true;
  if (/^\s{0,3}(?:\*\*|__)[^*\n]+(?:\*\*|__)\s*[:：]?\s*$/.test(l)) return true;
  if (/<h[1-6]\b/i.test(l)) return true;
  if (/<(?:p|div)\b[^>]*(?:\b(?:fw-bold|font-bold|font-weight-bold|bold)\b|font-weight\s*:\s*(?:bold|[6-9]00))/i.test(l)) return true;
  if (/^\s*<(?:p|div)\b[^>]*>\s*<(?:strong|b)>[^<]*<\/(?:strong|b)>\s*<\/(?:p|div)>\s*$/i.test(l)) return true;
  // Setext underline, or a plain-text heading: a short line without closing punctuation, numbered or in capitals.
  if (/^\s*(=+|-+)\s*$/.test(next) && l.trim()) return true;
  const t = l.trim();
  // A Chinese article line ("第三条 对外提供") heads its article as src/policy/plain-lines.ts reads it.
  if (t.length <= 40 && /^第[\d一二三四五六七八九十百]+[条章節节]/u.test(t) && !/[。；;！？]$/u.test(t)) return true;
  // So is a numbered Chinese heading ("四、个人信息的存储").
  if (t.length <= 40 && /^[一二三四五六七八九十]{1,3}、\S/u.test(t) && !/[。；;！？，,：:]$/u.test(t)) return true;
  // And a Thai clause line ("ข้อ 3 การชำระเงินด้วยบัตร").
  if (t.length <= 40 && /^(?:ข้อ|หมวด(?:ที่)?|ส่วนที่)\s*[\d๐-๙]{1,3}\.?\s+[\u0E00-\u0E7F]/u.test(t) && !/[:：]$/u.test(t)) return true;
  return t.length <= 80 && !/[.,;:!?。]$/.test(t) && (/^(?:§\s*)?\d{1,3}(\.\d{1,3})*[.)]?\s+\p{Lu}/u.test(t) || (t === t.toUpperCase() && /\p{Lu}{3}/u.test(t)));
}

/** The first line of the file with text a reader sees (front matter and HTML head skipped). */
function firstTextLine(lines) {
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    i = 1;
    while (i < lines.length && !/^---\s*$/.test(lines[i])) i++;
    i++;
  }
  let inHead = false;
  for (; i < lines.length; i++) {
    if (/<head\b/i.test(lines[i])) inHead = true;
    if (inHead) {
      if (/<\/head>/i.test(lines[i])) inHead = false;
      continue;
    }
    if (visible(lines[i]) && !/^<!doctype/i.test(lines[i].trim())) return i + 1;
  }
  return 1;
}

/** The restricting words ("only", "ausschließlich", "仅") of every locale's reader. */
export function exclusiveWords(root) {
  const dir = path.join(root, 'locales');
  const out = new Set();
  for (const lng of readdirSync(dir)) {
    const f = path.join(dir, lng, 'reader.yaml');
    if (!existsSync(f)) continue;
    for (const w of parse(readFileSync(f, 'utf8'))?.exclusive ?? []) out.add(String(w).toLowerCase());
  }
  return [...out];
}

/** What a finding says its cause is: a quote to find on its line, or an absence a heading heads. */
function causeOf(f) {
  const d = f.data ?? {};
  if (typeof d.statement === 'string' && d.statement) return { quote: d.statement };
  if (typeof d.phrase === 'string' && d.phrase) return { quote: d.phrase };
  if (f.ruleId === 'clause-reference-mismatch' && typeof d.title === 'string') return { quote: d.title };
  if (f.ruleId === 'exclusivity-contradicted') return { exclusive: true };
  if (f.ruleId === 'policy-unreadable' && typeof d.what === 'string') return { quote: d.what };
  if (f.ruleId === 'disclosure-omitted' || f.ruleId === 'region-element-missing' || f.ruleId === 'policy-clause-missing') return { heads: true };
  return { unknown: true };
}

/** Whether `quote` can be seen starting on line `n` (1-based) of `lines`. */
function seen(lines, n, quote) {
  const q0 = quote.replace(/…$/, '');
  // A table row or list item is quoted after its header or lead-in ("What, How long: Order details, …"):
  // its own words are what its line shows.
  const own = q0.includes(': ') ? q0.slice(q0.lastIndexOf(': ') + 2) : undefined;
  return [q0, own].some((q) => q !== undefined && seenAt(lines, n, q));
}

function seenAt(lines, n, quote) {
  const q = norm(quote);
  if (!q) return false;
  const here = norm(lines[n - 1]);
  const head = q.slice(0, Math.min(q.length, 24));
  if (here.includes(head)) return true;
  // A statement that starts at the end of this line and runs on to the next.
  const joined = norm(lines.slice(n - 1, n + 3).join(' '));
  const at = joined.indexOf(head);
  return at >= 0 && at < here.length;
}

/**
 * The findings (and grouped related findings) in policy files whose cause cannot be seen at the
 * line they point to. `read(file)` gives a policy file's text (undefined: not a policy file).
 */
export function anchorProblems(findings, read, exclusive = []) {
  const problems = [];
  for (const [index, f] of findings.entries()) {
    const text = read(f.file);
    if (text === undefined) continue;
    const lines = text.split(/\r?\n/);
    const first = firstTextLine(lines);
    const cause = causeOf(f);
    const anchors = [{ line: f.line, cause, what: 'finding' }];
    for (const r of Array.isArray(f.data?.related) ? f.data.related : []) {
      if (typeof r?.line !== 'number') continue;
      anchors.push({ line: r.line, cause: typeof r.statement === 'string' && r.statement ? { quote: r.statement } : { heads: true }, what: `related ${r.element ?? r.class ?? ''}`.trim() });
    }
    for (const a of anchors) {
      const line = lines[a.line - 1];
      let why;
      if (line === undefined || !visible(line)) why = 'the line is empty';
      else if (a.cause.quote !== undefined) {
        if (!seen(lines, a.line, a.cause.quote)) why = `the line does not contain "${a.cause.quote.slice(0, 60)}"`;
      } else if (a.cause.exclusive) {
        if (!exclusive.some((w) => visible(line).includes(w))) why = 'the line has no restricting word ("only")';
      } else if (a.cause.heads) {
        if (!(a.line === first || isHeadingLine(line, lines[a.line]))) why = 'an absence pointed at a line that is neither a heading nor the first line';
      } else why = `no known cause for ${f.ruleId}/${f.messageId}`;
      if (why) problems.push({ index, ruleId: f.ruleId, messageId: f.messageId, file: f.file, line: a.line, what: a.what, why, message: f.message });
    }
  }
  return problems;
}
