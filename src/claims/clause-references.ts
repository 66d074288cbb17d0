/**
 * Where a text points at a numbered section of the privacy policy, in the forms each language
 * writes it: "Privacy §5.2", "Datenschutzhinweise Ziff. 5.2", "Confidentialité, point 5.2",
 * "隐私政策第5.2条", "นโยบายความเป็นส่วนตัว ข้อ 5.2". The forms are data (locales/<lng>/references.yaml);
 * this module is the one place that reads them. Footers are read with their locale's forms (and
 * the form its wording writes); policy headings with every locale's, anchored at the start.
 *
 * A number that cites a law ("Art. 6 Abs. 1 lit. b DSGVO", "§ 147 AO", "《个人信息保护法》第13条")
 * is no section reference: after the number, subdivisions ("Abs. 1", "(1)(b)") are skipped and a
 * law word ends it; a law word just before the form does too.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { packagePath } from '../load/package-root.js';
import { loadYamlData } from '../load/read-file.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export interface ClauseReference {
  /** The section number as dotted digits ("5.2"). */
  number: string;
  /** Offset of the reference's first character. */
  start: number;
  /** Offset just after the number. */
  end: number;
}

export interface ReferenceForms {
  lng: string;
  /** The form our footers write, `{{number}}` for the number ("Ziff. {{number}}"). */
  written: string;
  /** Every form recognised, the written one included. */
  forms: string[];
  /** Words that take a number or letter after them inside a citation ("Abs.", "lit.", "ust."). */
  subdivisions: string[];
  /** Law names and words that make a number before (or after) them a citation of a law. */
  laws: string[];
}

const PLACEHOLDER = '{{number}}';
const NUMBER = '(\\d{1,4}(?:\\.\\d{1,4})*)';
/** A form written in Chinese also takes the number in Chinese numerals ("请特别注意第七条", "第四部分"). */
const NUMBER_OR_HAN = '(\\d{1,4}(?:\\.\\d{1,4})*|[〇零一二两三四五六七八九十百]{1,6})';
const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A letter or digit before or after a word: a Latin-script word must not have one (it matches whole). */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** "七" → "7", "十二" → "12", "二十三" → "23", "一百零五" → "105"; digits as they are. */
function arabic(n: string): string {
  if (/^\d/.test(n)) return n;
  let total = 0;
  let digit = 0;
  for (const ch of n) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = HAN_DIGITS[ch] ?? 0;
  }
  return String(total + digit);
}

interface Compiled {
  forms: ReferenceForms;
  /** Every form, longest first, each with its number as group 1. */
  anywhere: RegExp;
  /** The same, anchored at the start (headings). */
  leading: RegExp;
  /** Subdivisions and law words after a number. */
  after: RegExp;
  /** A law word just before a form. */
  before: RegExp;
}

const loaded = new Map<string, ReferenceForms | null>();
const compiled = new Map<string, Compiled>();

function fileOf(lng: string): string {
  return packagePath('locales', lng, 'references.yaml');
}

/** A locale's reference forms, or undefined when it has no references.yaml. */
export function referenceForms(lng: string): ReferenceForms | undefined {
  let f = loaded.get(lng);
  if (f === undefined) {
    const file = fileOf(lng);
    f = existsSync(file) ? parseForms(lng, file) : null;
    loaded.set(lng, f);
  }
  return f ?? undefined;
}

const projectFiles = new Map<string, ReferenceForms>();

/**
 * The references.yaml of a project's locale folders (beside the wording.yaml files a locale was
 * loaded from, ours left out): their forms are read as well. Its `written` is optional.
 */
function projectForms(lng: string, localeFiles: readonly string[] | undefined): ReferenceForms[] {
  if (!localeFiles?.length) return [];
  const ours = path.resolve(packagePath('locales'));
  const out: ReferenceForms[] = [];
  for (const dir of new Set(localeFiles.map((f) => path.dirname(path.resolve(f))))) {
    if (path.dirname(dir) === ours) continue;
    const file = path.join(dir, 'references.yaml');
    let f = projectFiles.get(file);
    if (!f) {
      if (!existsSync(file)) continue;
      f = parseForms(lng, file, false);
      projectFiles.set(file, f);
    }
    out.push(f);
  }
  return out;
}

function parseForms(lng: string, file: string, own = true): ReferenceForms {
  const y = loadYamlData(file);
  const data = (y.data ?? {}) as Record<string, unknown>;
  const fail = (path: Array<string | number>, message: string, hint: string): never => {
    throw new DiscloseError('E_SCHEMA', message, y.posOf(path), hint);
  };
  if (typeof data !== 'object' || Array.isArray(data)) fail([], '(top level): expected a mapping with written, forms, subdivisions and laws', 'Write the keys as in locales/en/references.yaml.');
  for (const key of Object.keys(data)) if (!['written', 'forms', 'subdivisions', 'laws'].includes(key)) fail([key], `unknown key "${key}"`, 'Use written, forms, subdivisions and laws.');
  const list = (key: string, form: boolean): string[] => {
    const v = data[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) return fail([key], `${key}: expected a list of phrases`, `Write ${key}: ["…", "…"].`);
    return v.map((s, i) => {
      if (typeof s !== 'string' || !s.trim()) return fail([key, i], `${key}[${i}]: expected a non-empty phrase`, 'Write the phrase in quotes.');
      if (form && s.split(PLACEHOLDER).length !== 2) return fail([key, i], `${key}[${i}]: "${s}" must hold {{number}} exactly once`, 'Write where the number goes: "Ziff. {{number}}".');
      return s;
    });
  };
  const written = data['written'];
  if ((own || written !== undefined) && (typeof written !== 'string' || written.split(PLACEHOLDER).length !== 2)) fail(['written'], 'written: expected the form our footers write, with {{number}} once', 'Write e.g. written: "Ziff. {{number}}".');
  const forms = list('forms', true);
  if (typeof written === 'string' && !forms.includes(written)) forms.unshift(written);
  return { lng, written: typeof written === 'string' ? written : (forms[0] ?? `§${PLACEHOLDER}`), forms, subdivisions: list('subdivisions', false), laws: list('laws', false) };
}

/** The locales that have reference forms, from our own locales folder. */
function allLocales(): string[] {
  const dir = packagePath('locales');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((l) => existsSync(fileOf(l)))
    .sort();
}

/** A form as a pattern: spaces match any run of spaces (or none), a leading letter needs a word start (`lead`). */
function formPattern(form: string): { lead: string; pattern: string } {
  const [pre, post] = form.split(PLACEHOLDER) as [string, string];
  const part = (s: string) =>
    s
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(escapeRegExp)
      .join('\\s*');
  const p = part(pre);
  const q = part(post);
  const lead = /^\p{Script=Latin}/u.test(pre.trim()) ? NOT_AFTER_WORD : '';
  // A number is whole: not followed by more digits ("5.2" in "5.23") nor a letter that continues a word.
  // Only after a Chinese word ("第七条"): "一条消息" is "one message", no reference.
  const number = /\p{Script=Han}/u.test(pre) ? NUMBER_OR_HAN : NUMBER;
  return { lead, pattern: `${p}${p ? '\\s*' : ''}${number}(?![\\d]|\\.\\d)${q ? `\\s*${q}` : ''}` };
}

/**
 * Words as alternatives: Latin-script words match whole (not inside another word); Thai and
 * Chinese words, written without spaces, anywhere. The words that need the same checks share
 * them: every `[\p{L}\p{N}]` in a case-insensitive Unicode pattern costs V8 a case closure of
 * that class when it compiles the pattern (a lookaround per word made the `laws` patterns take
 * 0.2-0.3 s to compile, twice, in every process). Only for patterns used with `test`, where the
 * order of the alternatives does not change the answer.
 */
function words(list: string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of [...new Set(list)].sort((a, b) => b.length - a.length)) {
    const t = w.trim();
    const key = `${/^[\p{Script=Latin}\p{N}]/u.test(t) ? NOT_AFTER_WORD : ''}\u0000${/[\p{Script=Latin}\p{N}]$/u.test(t) ? NOT_BEFORE_WORD : ''}`;
    let bodies = groups.get(key);
    if (!bodies) groups.set(key, (bodies = []));
    bodies.push(t.split(/\s+/).map(escapeRegExp).join('\\s+'));
  }
  return [...groups]
    .map(([key, bodies]) => {
      const [pre, post] = key.split('\u0000') as [string, string];
      return `${pre}(?:${bodies.join('|')})${post}`;
    })
    .join('|');
}

function compile(sets: ReferenceForms[], extra: string[] = []): Compiled {
  const forms = [...new Set([...sets.flatMap((s) => s.forms), ...extra])].sort((a, b) => b.length - a.length);
  // One capture group per form: the number is whichever matched. Forms in a row that need a word
  // start share one check of it (in the same order: the same match; see `words`).
  const runs: Array<{ lead: string; patterns: string[] }> = [];
  for (const f of forms) {
    const { lead, pattern } = formPattern(f);
    const last = runs[runs.length - 1];
    if (last && last.lead === lead) last.patterns.push(`(?:${pattern})`);
    else runs.push({ lead, patterns: [`(?:${pattern})`] });
  }
  const body = runs.map((r) => (r.lead ? `${r.lead}(?:${r.patterns.join('|')})` : r.patterns.join('|'))).join('|');
  const subs = words(sets.flatMap((s) => s.subdivisions));
  const laws = words(sets.flatMap((s) => s.laws));
  const sub = `(?:\\s*,?\\s*(?:\\(\\s*[\\p{L}\\p{N}]{1,4}\\s*\\)|${subs ? `(?:${subs})\\s*\\(?[\\p{L}\\p{N}]{1,4}\\)?` : '(?!)'}))*`;
  return {
    forms: sets[0]!,
    anywhere: new RegExp(body, 'giu'),
    leading: new RegExp(`^(?:${body})`, 'iu'),
    after: new RegExp(`^${sub}\\s*,?\\s*${laws ? `(?:${laws})` : '(?!)'}`, 'iu'),
    before: new RegExp(`(?:${laws ? `(?:${laws})` : '(?!)'}|[》」])\\s*$`, 'iu'),
  };
}

function compiledFor(lng: string, written?: string, localeFiles?: readonly string[]): Compiled | undefined {
  const extra = projectForms(lng, localeFiles);
  const key = `${lng}\u0000${written ?? ''}\u0000${extra.map((f) => f.forms.join('|')).join('\u0001')}`;
  let c = compiled.get(key);
  if (!c) {
    const own = referenceForms(lng) ?? referenceForms(lng.split('-')[0]!);
    const en = referenceForms('en');
    const sets = [...(own ? [own] : en ? [en] : []), ...extra];
    if (!sets.length) return undefined;
    c = compile(sets, written ? [written] : []);
    compiled.set(key, c);
  }
  return c;
}

let union: Compiled | undefined;
function unionCompiled(): Compiled | undefined {
  if (!union) {
    const sets = allLocales().flatMap((l) => referenceForms(l) ?? []);
    if (!sets.length) return undefined;
    union = compile(sets);
  }
  return union;
}

/** The number a match captured, as it is written ("七") — see `arabic` for its digits. */
function numberOf(m: RegExpExecArray): string {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return m[i]!;
  return '';
}

function isCitation(c: Compiled, text: string, start: number, end: number): boolean {
  if (c.after.test(text.slice(end, end + 80))) return true;
  return c.before.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * The section references in a text written in `lng`. `written`: the locale's own footer wording
 * for the reference ("Datenschutzhinweise Ziff. {{number}}"), recognised too — a project that
 * words its footer otherwise is still read. `localeFiles`: the files the locale was loaded from;
 * a references.yaml beside a project's own wording.yaml adds its forms.
 */
export function findClauseReferences(text: string, lng: string, written?: string, localeFiles?: readonly string[]): ClauseReference[] {
  const c = compiledFor(lng, written && written.split(PLACEHOLDER).length === 2 ? written : undefined, localeFiles);
  if (!c) return [];
  const out: ClauseReference[] = [];
  /** Where the last reference's match ended (-1: the last match was a law citation). */
  let prevTo = -1;
  const re = c.anywhere;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const number = numberOf(m);
    const numberAt = m.index + m[0].lastIndexOf(number);
    const end = numberAt + number.length;
    if (isCitation(c, text, m.index, end)) {
      prevTo = -1;
      continue;
    }
    const ref = { number: arabic(number), start: m.index, end };
    // A part and a clause in it, written together ("第四部分第4.14条", "第十部分第2条", "Abschnitt 5 Ziff. 2"):
    // one reference, 4.14 and 10.2.
    const prev = out[out.length - 1];
    if (prev && prevTo >= 0 && !/\S/.test(text.slice(prevTo, m.index)) && !prev.number.includes('.')) {
      prev.number = ref.number.startsWith(`${prev.number}.`) ? ref.number : `${prev.number}.${ref.number}`;
      prev.end = ref.end;
    } else out.push(ref);
    prevTo = m.index + m[0].length;
  }
  return out;
}

/**
 * A section reference the text starts with, in any locale's form ("Ziffer 5.2 Zustellung",
 * "第5.2条 订单配送", "Article 5 – Sharing"), with the text after it; undefined when the text
 * does not start with one or the number cites a law ("Art. 6 DSGVO …").
 */
export function leadingReference(text: string): { number: string; rest: string } | undefined {
  const c = unionCompiled();
  if (!c) return undefined;
  const m = c.leading.exec(text);
  if (!m) return undefined;
  const number = numberOf(m);
  const end = m.index + m[0].length;
  const numberEnd = m.index + m[0].lastIndexOf(number) + number.length;
  if (isCitation(c, text, 0, numberEnd)) return undefined;
  return { number: arabic(number), rest: text.slice(end) };
}

/** The reference as a locale's footers write it ("Ziff. 5.2"), or "§5.2" without forms. */
export function writeReference(lng: string, number: string): string {
  const f = referenceForms(lng) ?? referenceForms(lng.split('-')[0]!);
  return (f?.written ?? '§{{number}}').replace(PLACEHOLDER, number);
}
