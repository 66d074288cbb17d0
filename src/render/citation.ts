/**
 * Legal citations as data: a law (declared in a region profile's `laws:`) and the provisions cited
 * in it (article 6, paragraph 1, point a), formatted in the language of the text that cites them
 * ("Art. 6(1)(a) GDPR", "Art. 6 Abs. 1 lit. a DSGVO", 《个人信息保护法》第十三条第一款第（二）项).
 *
 * A profile writes a citation in a short form: the law's id, then its provisions, e.g.
 * `gdpr 6(1)(a)`, `gdpr 13(1)(a), 27`, `gdpr 15-21`, `pipl 13(1)(2)`, `sg_pdpr part:3`;
 * several laws are separated by `;` (`pdpl_vn 20; decree_356 5`). Each nesting level means what the
 * law's `levels` say (article → paragraph → point, section → subsection → paragraph …). How each
 * level is written in a locale is data too: `locales/<lng>/citation.yaml`.
 */
import { DiscloseError } from '../errors.js';
import { packagePath } from '../load/package-root.js';
import { loadYamlData } from '../load/read-file.js';
import type { RegionElement, RegionProfile } from '../model/types.js';
import { PairCache } from '../util/pair-cache.js';

/** The kinds of provision a law's numbering uses, outermost first. */
export const LEVEL_KINDS = ['article', 'section', 'code_section', 'paragraph', 'subsection', 'point', 'item', 'para', 'part', 'schedule', 'regulation'] as const;
export type LevelKind = (typeof LEVEL_KINDS)[number];

export interface LawInfo {
  id: string;
  /** The law's official title in its original language. */
  title: string;
  /** The abbreviation or name the law is cited by in its original language. */
  short: string;
  /** Official text in force. */
  url: string;
  /** Date the text was last checked against the law in force (YYYY-MM-DD). */
  checked: string;
  /** Level kinds of its numbering, outermost first (article, paragraph, point). */
  levels: LevelKind[];
  /** Heading of each cited top-level provision in the original language (or of its chapter). */
  articles: Record<string, string>;
}

/** One provision: its numbers, outermost first; `to` makes it a range of top-level provisions. */
export interface Provision {
  /** A unit that replaces the law's top level (part 3, schedule 2). */
  unit?: LevelKind;
  path: string[];
  /** Kinds written explicitly for a level (`29(para:3)`: a Thai วรรค), by index; others follow the law's levels. */
  kinds?: Array<LevelKind | undefined>;
  to?: string;
}

export interface CitationPart {
  law: LawInfo;
  provisions: Provision[];
}

/** A citation: one or more laws with their provisions, or (a project's own profile) text to cite as written. */
export interface Citation {
  parts: CitationPart[];
  /** Free text written after the citation in every language (kept short; rarely needed). */
  verbatim?: string;
}

const LAW_ID = /^[a-z][a-z0-9_]*$/;
const PROVISION = /^(?:([a-z_]+):)?([0-9\p{L}.]+)((?:\((?:[a-z_]+:)?[0-9\p{L}]+\))*)(?:\s*[-–]\s*([0-9\p{L}.]+))?$/u;

/** Whether a text is written in the short form (starts with a known law's id). */
export function isShortForm(text: string, laws: ReadonlyMap<string, LawInfo>): boolean {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return LAW_ID.test(first) && laws.has(first);
}

/**
 * Parses the short form. A text that does not start with a law id is kept as written (a project's
 * own profile may cite in prose); a known law id followed by something that is not a provision is
 * an error the caller reports with the value's position.
 */
export function parseCitation(text: string, laws: ReadonlyMap<string, LawInfo>): Citation {
  if (!isShortForm(text, laws)) return { parts: [], verbatim: text };
  const parts: CitationPart[] = [];
  for (const chunk of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z][a-z0-9_]*)\s+(.+)$/.exec(chunk);
    const law = m ? laws.get(m[1]!) : undefined;
    if (!m || !law) throw new Error(`"${chunk}" does not start with a law this profile declares (${[...laws.keys()].join(', ')})`);
    const provisions: Provision[] = [];
    for (const p of m[2]!.split(',').map((s) => s.trim())) {
      const pm = PROVISION.exec(p);
      if (!pm) throw new Error(`"${p}" is not a provision (write it as 6(1)(a), 15-21 or part:3)`);
      const unit = pm[1] as LevelKind | undefined;
      if (unit && !LEVEL_KINDS.includes(unit)) throw new Error(`"${unit}" is not a kind of provision (${LEVEL_KINDS.join(', ')})`);
      const subMatches = [...pm[3]!.matchAll(/\((?:([a-z_]+):)?([0-9\p{L}]+)\)/gu)];
      const subs = subMatches.map((x) => x[2]!);
      const kinds = [undefined, ...subMatches.map((x) => x[1] as LevelKind | undefined)];
      for (const k of kinds) if (k && !LEVEL_KINDS.includes(k)) throw new Error(`"${k}" is not a kind of provision (${LEVEL_KINDS.join(', ')})`);
      const depth = 1 + subs.length;
      if (!unit && depth > law.levels.length) throw new Error(`"${p}" has ${depth} levels; ${law.id} is numbered in ${law.levels.length} (${law.levels.join(', ')})`);
      provisions.push({ ...(unit ? { unit } : {}), path: [pm[2]!, ...subs], ...(kinds.some(Boolean) ? { kinds } : {}), ...(pm[4] ? { to: pm[4] } : {}) });
    }
    parts.push({ law, provisions });
  }
  return { parts };
}

/** The top-level provisions a citation names (for its sources): `law id` → numbers. */
export function citedArticles(c: Citation): Array<{ law: LawInfo; article: string; unit?: LevelKind }> {
  const out: Array<{ law: LawInfo; article: string; unit?: LevelKind }> = [];
  for (const part of c.parts) {
    for (const p of part.provisions) {
      out.push({ law: part.law, article: p.path[0]!, ...(p.unit ? { unit: p.unit } : {}) });
      if (p.to) out.push({ law: part.law, article: p.to, ...(p.unit ? { unit: p.unit } : {}) });
    }
  }
  return out;
}

/** The ids of the laws a citation names. */
export function citedLaws(c: Citation): string[] {
  return c.parts.map((p) => p.law.id);
}

// ---- formatting ----------------------------------------------------------------------------

type NumberStyle = 'arabic' | 'zh' | 'th-ordinal' | 'en-ordinal';

interface LevelFormat {
  pattern: string;
  numbers?: NumberStyle;
}

interface CitationFormat {
  /** Whole citation: {{refs}} and {{law}}. */
  cite: string;
  /** When the last provision has more than one level (French "article 6, paragraphe 1, point a), du RGPD"). */
  citeNested?: string;
  /** A range of top-level provisions: {{from}}/{{to}} (formatted), {{fromN}}/{{toN}} (bare numbers). */
  range: string;
  /** Between provisions of one law, and between laws. */
  join: string;
  /** Between two provisions of the same article written once ("Art. 21(2) and (3)"); absent: written in full. */
  joinSub?: string;
  /** Before the last provision of one law ("มาตรา 27 และมาตรา 24 (6)", "Pasal 20 … dan Pasal 15 …"); absent: join. */
  joinLast?: string;
  /**
   * The top level of a further provision of the same law, when the language does not repeat the
   * unit word (Malay "seksyen 30, 34, 38, 43 dan 43A"): a pattern with {{n}}; absent: the level's own.
   */
  topAfterFirst?: string;
  /**
   * Several whole provisions of one level of one law written with one plural designation ({{list}}: the
   * numbers): en "§§{{list}}" (Cal. Civ. Code §§1798.105, 1798.106), es "artículos {{list}}".
   */
  plural?: Partial<Record<LevelKind, string>>;
  /** Before the last number of such a list (es " y "); absent: join. */
  pluralLast?: string;
  /**
   * Several provisions that differ only in their lowest level, written once with that level's plural
   * ({{list}}: the numbers, joined as `plural`): es item ", puntos {{list}}" ("artículo 7027, letra (m),
   * puntos 1 y 2"; review 3 CA-m3). Absent for a level: each written on its own.
   */
  pluralSub?: Partial<Record<LevelKind, string>>;
  /**
   * Sections of a law followed by its schedules, as the language names a schedule "to" its Act:
   * {{refs}} the sections, {{schedules}} the schedules, {{law}} (en "{{refs}} of, and the
   * {{schedules}} to, the {{law}}": "s.13(b), s.17 of, and the First Schedule to, the PDPA 2012").
   * `citeScheduleOnly` when the schedules are all that is cited. Absent: the schedules are cited as
   * any other provision.
   */
  citeSchedule?: string;
  citeScheduleOnly?: string;
  /**
   * A provision named by its lowest level, as Malaysian statutes cite themselves ("perenggan 129(3)(f)",
   * "subseksyen 7(3)", "seksyen 30"): the pattern of the lowest level's kind replaces the top level's
   * word; a further provision drops the word only when it names the same kind. Absent: the top level's.
   */
  namedByLowest?: Partial<Record<LevelKind, string>>;
  /** Several sections before the schedules, under one plural designation ({{list}}): en "sections {{list}}" (review-3 SG-2). */
  citeSchedulePlural?: Partial<Record<LevelKind, string>>;
  joinLaws: string;
  /**
   * Further provisions of one article leave out every level they share with the provision before and keep
   * their own unit word, as Indonesian statutes cite ("Pasal 21 ayat (1) huruf d dan huruf f UU PDP", not
   * "… huruf d dan ayat (1) huruf f"; review 8 ID8-2). Absent: only the article is left out.
   */
  subShared?: boolean;
  /**
   * Before the last of three or more provisions of one article written once (Indonesian ", dan ": "huruf a,
   * huruf b, dan huruf c", as statutes draft a series; review 9 ID9-1(a)); absent: joinSub. Two stay joinSub.
   */
  joinSubSeries?: string;
  /**
   * Before the last provision written in full where one of the citation's articles is written with its
   * provisions once (Indonesian " serta ": "… huruf b, dan huruf c serta Pasal 20 ayat (1) UU PDP", so two
   * "dan" at different levels do not read as one list; review 9 ID9-1(a)); absent: joinLast.
   */
  joinLastAfterSub?: string;
  /** Levels written innermost first (Vietnamese "điểm a khoản 1 Điều 20"). */
  reverse?: boolean;
  /** Between the pieces of one provision when written in reverse. */
  levelSeparator?: string;
  /**
   * Written in reverse, provisions of one article in a row name the shared part once, after them
   * (Vietnamese "khoản 3, khoản 5 và điểm b khoản 8 Điều 28", "điểm b và điểm c khoản 1 Điều 14").
   */
  groupShared?: boolean;
  levels: Partial<Record<LevelKind, LevelFormat | string>>;
  /** The names laws are cited by in this language; a law not listed is cited by its own short name. */
  laws: Record<string, string | LawCitationFormat>;
  /**
   * Known texts that templates and organization files write in one language (a statute that fixes a
   * retention period, how to withdraw consent), as this language writes them.
   */
  phrases?: Record<string, string>;
  /**
   * How a phrase's `{{stop}}` writes the reply keywords a channel accepts to stop messages
   * (`stopKeywords` of the channel): each as `quote` ({{k}}), joined by `or` (zh-CN “退订”或者“STOP”).
   */
  keywords?: { quote: string; or: string };
  /** Names of places where the language writes them otherwise than ICU (vi: Liên minh châu Âu). */
  places?: Record<string, string>;
  /**
   * The top level of the first of several provisions of one law with different top-level numbers, in the
   * plural the law's own drafting uses ("regulations 10(1) and 11(1)(b) and (2)", PDP Regulations 2021;
   * "Sections 12(c) and 13(f)", Data Privacy Act of 2012); also the start of a range ("regulations 9–12").
   */
  pluralFirst?: Partial<Record<LevelKind, string>>;
}

/**
 * How a language cites one law when it differs from the language's general form: its name, the pattern
 * of the whole citation ({{refs}}, {{law}}), and `format`, the locale's patterns this law's own drafting
 * replaces (English cites Singapore's PDPA 2012 as "sections 16, 21 and 22 of the PDPA 2012", Malaysia's
 * Act 709 as "paragraph 129(3)(f) of Act 709", the Philippine DPA as "Section 21(a) of the Data Privacy
 * Act of 2012", as each jurisdiction's own texts do, while the GDPR stays "Art. 6(1)(a) GDPR"; review 5
 * SG-8, MY-9, PH-6). `after`: the pattern when this law follows the law named by the key in the same
 * citation ("Section 34 of its Implementing Rules and Regulations" after the DPA).
 */
export interface LawCitationFormat {
  name: string;
  cite?: string;
  format?: Partial<Omit<CitationFormat, 'laws' | 'phrases' | 'keywords' | 'places'>>;
  after?: Record<string, string>;
}

/** The locale's format with a law's own patterns (`laws.<id>.format`) over it. */
function formatFor(f: CitationFormat, lawId: string): CitationFormat {
  const named = f.laws[lawId];
  const own = typeof named === 'object' ? named.format : undefined;
  if (!own) return f;
  return { ...f, ...own, levels: { ...f.levels, ...(own.levels ?? {}) }, laws: f.laws };
}

const formats = new Map<string, CitationFormat>();

/** A locale's citation patterns (locales/<lng>/citation.yaml). */
export function citationFormat(lng: string): CitationFormat {
  let f = formats.get(lng);
  if (!f) {
    const file = packagePath('locales', lng, 'citation.yaml');
    let data: unknown;
    try {
      data = loadYamlData(file).data;
    } catch (e) {
      if (e instanceof DiscloseError && e.code !== 'E_FILE_NOT_FOUND') throw e;
      data = undefined;
    }
    if (!data || typeof data !== 'object') {
      throw new DiscloseError('E_WORDING_MISSING', `locale ${lng} has no citation patterns`, { file }, 'Add locales/<lng>/citation.yaml (see locales/en/citation.yaml).');
    }
    f = data as CitationFormat;
    formats.set(lng, f);
  }
  return f;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 13 → 十三, 44 → 四十四, 105 → 一百零五 (Chinese statute numbering). */
export function zhNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return ZH_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${ZH_DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${ZH_DIGITS[rest]}` : rest < 20 ? `一${zhNumber(rest)}` : zhNumber(rest)}`;
  }
  const rest = n % 1000;
  return `${ZH_DIGITS[Math.floor(n / 1000)]}千${rest === 0 ? '' : rest < 100 ? `零${zhNumber(rest)}` : zhNumber(rest)}`;
}

const TH_ORDINAL = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า', 'สิบ'];
/** How an Act numbers its schedules in English ("First Schedule", PDPA 2012 (2020 Rev. Ed.)). */
const EN_ORDINAL = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'];

function number(n: string, style: NumberStyle | undefined): string {
  if (!style || style === 'arabic' || !/^\d+$/.test(n)) return n;
  const v = Number(n);
  if (style === 'zh') return zhNumber(v);
  if (style === 'en-ordinal') return EN_ORDINAL[v] ?? n;
  return TH_ORDINAL[v] ?? n;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function levelFormat(f: CitationFormat, kind: LevelKind, lng: string): LevelFormat {
  const l = f.levels[kind];
  if (l === undefined) throw new DiscloseError('E_WORDING_MISSING', `locale ${lng} has no citation pattern for a ${kind}`, { file: packagePath('locales', lng, 'citation.yaml') }, `Add levels.${kind} to locales/${lng}/citation.yaml.`);
  return typeof l === 'string' ? { pattern: l } : l;
}

/** The kind of a provision's lowest level (paragraph for 129(3)(f) in a law numbered section, subsection, paragraph). */
function lowestKind(p: Provision, law: LawInfo): LevelKind {
  const kinds = p.unit ? [p.unit] : law.levels;
  const i = p.path.length - 1;
  return p.kinds?.[i] ?? kinds[i] ?? kinds[kinds.length - 1]!;
}

function formatProvision(p: Provision, law: LawInfo, f: CitationFormat, lng: string, later = false): string {
  const kinds = p.unit ? [p.unit] : law.levels;
  // Named by its lowest level (ms "perenggan 129(3)(f)"): that kind's word before the top number.
  const byLowest = f.namedByLowest && !p.unit && p.to === undefined ? f.namedByLowest[lowestKind(p, law)] : undefined;
  const pieces = p.path.map((n, i) => {
    if (i === 0 && byLowest !== undefined && !later) return fill(byLowest, { n });
    const lf = levelFormat(f, p.kinds?.[i] ?? kinds[i] ?? kinds[kinds.length - 1]!, lng);
    // A further provision of the same law, in a language that does not repeat the unit word.
    const pattern = i === 0 && later && f.topAfterFirst !== undefined && !f.reverse && p.to === undefined ? f.topAfterFirst : lf.pattern;
    return fill(pattern, { n: number(n, lf.numbers) });
  });
  if (p.to !== undefined) {
    const top = levelFormat(f, kinds[0]!, lng);
    // A range names several provisions: its start in the law's plural where it has one ("regulations 9–12").
    const pluralFrom = !p.unit && !later ? f.pluralFirst?.[kinds[0]!] : undefined;
    const from = pluralFrom ? fill(pluralFrom, { n: number(p.path[0]!, top.numbers) }) : pieces[0]!;
    const to = fill(top.pattern, { n: number(p.to, top.numbers) });
    return fill(f.range, { from, to, fromN: number(p.path[0]!, top.numbers), toN: number(p.to, top.numbers) });
  }
  return f.reverse ? pieces.reverse().join(f.levelSeparator ?? ' ') : pieces.join('');
}

const cache = new Map<string, string>();
/**
 * The same, by the citation itself: a region's citations are loaded once and never changed, and every
 * clause asks for each of its elements' (the key above is written from every part and provision).
 */
const byCitation = new PairCache<Citation, string, string>();

/** The citation as a reader of `lng` expects it. */
export function formatCitation(c: Citation, lng: string): string {
  if (c.parts.length === 0) return c.verbatim ?? '';
  return byCitation.get(c, lng, () => formatCitationOnce(c, lng));
}

function formatCitationOnce(c: Citation, lng: string): string {
  const key = `${lng}\u0000${c.parts.map((p) => `${p.law.id} ${p.provisions.map((x) => `${x.unit ?? ''}:${x.path.map((n, i) => `${x.kinds?.[i] ?? ''}${n}`).join('.')}-${x.to ?? ''}`).join(',')}`).join(';')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const base = citationFormat(lng);
  const out = c.parts
    .map((part, pi) => {
      const f = formatFor(base, part.law.id);
      // After the law the profile names before it in this citation ("… of its Implementing Rules and Regulations").
      const namedHere = f.laws[part.law.id];
      const afterPrev = pi > 0 && typeof namedHere === 'object' ? namedHere.after?.[c.parts[pi - 1]!.law.id] : undefined;
      const sameArticle = (a: Provision | undefined, b: Provision | undefined) =>
        a !== undefined && b !== undefined && a.unit === b.unit && a.path[0] === b.path[0] && a.path.length > 1 && b.path.length > 1 && !a.to && !b.to;
      // Whole provisions of one level, several of them: one plural designation where the language has one.
      const kind0 = part.provisions[0]?.unit ?? part.law.levels[0];
      const flat = part.provisions.length > 1 && part.provisions.every((p) => p.path.length === 1 && p.to === undefined && (p.unit ?? part.law.levels[0]) === kind0 && !p.kinds?.[0]);
      const plural = flat && kind0 ? f.plural?.[kind0] : undefined;
      if (plural) {
        const lf = levelFormat(f, kind0!, lng);
        const nums = part.provisions.map((p) => number(p.path[0]!, lf.numbers));
        const list = nums.length > 1 ? `${nums.slice(0, -1).join(f.join)}${f.pluralLast ?? f.join}${nums[nums.length - 1]}` : nums[0]!;
        const named = f.laws[part.law.id];
        const name = typeof named === 'string' ? named : (named?.name ?? part.law.short);
        const own = afterPrev ?? (typeof named === 'object' ? named.cite : undefined);
        return fill(own ?? f.cite, { refs: fill(plural, { list }), law: name });
      }
      if (f.reverse && f.groupShared) {
        const named = f.laws[part.law.id];
        const own = typeof named === 'object' ? named.cite : undefined;
        return fill(own ?? f.cite, { refs: groupedReverse(part, f, lng), law: lawNameIn(f, part) });
      }
      const runs = f.pluralSub ? pluralRuns(part, f, lng) : undefined;
      if (runs) return runs;
      // A run of provisions of one article that differ only in their lowest level, among other provisions: the
      // unit once, in the plural where the language has one ("Art. 13 Abs. 1 lit. e, Art. 28 Abs. 2 und 4 DSGVO",
      // not "… Abs. 2 und Abs. 4"; review 8 EU8-7, as EU7-5 did for a citation of one article only).
      // (Not with schedules, whose handling below counts items by provision.)
      const runAt = f.pluralSub && !part.provisions.some((p) => p.unit === 'schedule') ? pluralSubRuns(part, f, lng, sameArticle) : new Map<number, { end: number; text: string }>();
      const inRun = new Set([...runAt.entries()].flatMap(([start, r]) => Array.from({ length: r.end - start }, (_, k) => start + 1 + k)));
      const items = part.provisions.flatMap((p, i): string[] => (inRun.has(i) ? [] : [runAt.get(i)?.text ?? item(p, i)]));
      function item(p: Provision, i: number): string {
        // Further provisions of the same article: their lower levels only ("Art. 21(2), (3) and (4)").
        if (f.joinSub !== undefined && !f.reverse && sameArticle(part.provisions[i - 1], p)) {
          // Where the language names a provision by its lowest level, or the law has its own drafting form, every
          // level shared with the provision before is left out and no unit word is added ("paragraph 7(1)(g) and (h)",
          // "perenggan 7(1)(g) dan (h)", "section 20(1)(a) and (b)"; were "… and paragraph 1(h)", "… and (1)(b)").
          const prev = part.provisions[i - 1]!;
          let shared = 1;
          if (f.namedByLowest || f.subShared || f !== base) while (shared < p.path.length - 1 && shared < prev.path.length - 1 && prev.path[shared] === p.path[shared]) shared++;
          const subFormat = f.namedByLowest ? { ...f, namedByLowest: undefined } : f;
          const sub = formatProvision({ ...p, path: p.path.slice(shared), kinds: (p.kinds ?? []).slice(shared) }, { ...part.law, levels: part.law.levels.slice(shared) }, subFormat, lng).replace(/^[\s,]+/, '');
          const last = !sameArticle(p, part.provisions[i + 1]);
          // How many provisions of this article are written once: the first in full and those after it.
          let first = i;
          while (first > 0 && sameArticle(part.provisions[first - 1], part.provisions[first])) first--;
          const series = last && i - first + 1 >= 3 && f.joinSubSeries !== undefined;
          return `\u0000${last ? (series ? f.joinSubSeries : f.joinSub) : f.join}${sub}`;
        }
        // Same kind of unit as the one before (not a unit: prefix such as part: or schedule:).
        const later = i > 0 && part.provisions[i - 1]!.unit === p.unit && !part.provisions[i - 1]!.to && (!f.namedByLowest || lowestKind(part.provisions[i - 1]!, part.law) === lowestKind(p, part.law));
        // The first of several provisions with different top-level numbers, in the law's plural ("regulations 10(1) and 11(1)(b) …").
        const top = part.law.levels[0];
        const pluralTop = i === 0 && top && f.pluralFirst?.[top] && part.provisions.every((q) => !q.unit && !q.kinds?.[0]) && new Set(part.provisions.map((q) => q.path[0])).size > 1 ? f.pluralFirst[top] : undefined;
        return formatProvision(p, part.law, pluralTop ? { ...f, levels: { ...f.levels, [top!]: pluralTop } } : f, lng, later);
      }
      // Schedules after the sections of one law, where the language names a schedule "to" its Act.
      const firstSchedule = part.provisions.findIndex((p) => p.unit === 'schedule');
      if (f.citeSchedule && firstSchedule >= 0 && part.provisions.slice(firstSchedule).every((p) => p.unit === 'schedule') && !(typeof f.laws[part.law.id] === 'object' && (f.laws[part.law.id] as LawCitationFormat).cite)) {
        const joinAll = (xs: string[]) => xs.join(f.join).replace(new RegExp(`${escapeRe(f.join)}\u0000`, 'g'), '');
        const pattern = firstSchedule > 0 ? f.citeSchedule : (f.citeScheduleOnly ?? f.citeSchedule);
        // Several whole sections before the schedules under one plural, as the Act refers to its own
        // provisions ("sections 13(b) and 17 of, and the First Schedule to, the PDPA 2012"; review-3 SG-2).
        const sections = part.provisions.slice(0, firstSchedule);
        const kind0 = sections[0]?.unit ?? part.law.levels[0];
        const plural = sections.length > 1 && kind0 && sections.every((p) => (p.unit ?? part.law.levels[0]) === kind0 && p.to === undefined && !p.kinds?.[0]) ? f.citeSchedulePlural?.[kind0] : undefined;
        if (plural) {
          const nums = sections.map((p) => formatProvision(p, part.law, { ...f, topAfterFirst: '{{n}}' }, lng, true));
          const list = `${nums.slice(0, -1).join(f.join)}${f.joinSub ?? f.join}${nums[nums.length - 1]}`;
          return fill(pattern, { refs: fill(plural, { list }), schedules: joinAll(items.slice(firstSchedule)), law: lawNameIn(f, part) });
        }
        return fill(pattern, { refs: joinAll(items.slice(0, firstSchedule)), schedules: joinAll(items.slice(firstSchedule)), law: lawNameIn(f, part) });
      }
      // The last provision written in full takes joinLast ("มาตรา 27 และมาตรา 24 (6)").
      let lastFull = -1;
      if (f.joinLast !== undefined) for (let i = items.length - 1; i > 0 && lastFull < 0; i--) if (!items[i]!.startsWith('\u0000')) lastFull = i;
      const joinLast = f.joinLastAfterSub !== undefined && items.some((x) => x.startsWith('\u0000')) ? f.joinLastAfterSub : f.joinLast;
      const refs = items
        .map((item, i) => (i === 0 ? item : `${i === lastFull ? joinLast : f.join}${item}`))
        .join('')
        .replace(new RegExp(`${escapeRe(f.join)}\u0000`, 'g'), '');
      const last = part.provisions[part.provisions.length - 1]!;
      const named = f.laws[part.law.id];
      const name = typeof named === 'string' ? named : (named?.name ?? part.law.short);
      const own = afterPrev ?? (typeof named === 'object' ? named.cite : undefined);
      const pattern = own ?? (f.citeNested && last.path.length > 1 ? f.citeNested : f.cite);
      return fill(pattern, { refs, law: name });
    })
    .join(base.joinLaws);
  const text = c.verbatim ? `${out} ${c.verbatim}` : out;
  if (cache.size > 2_000) cache.clear();
  cache.set(key, text);
  return text;
}

/**
 * The provisions of one law, when they are all one provision but for their lowest level and the
 * language writes that level in the plural (`pluralSub`): the shared part once, then the plural with
 * the numbers ("artículo 7027, letra (m), puntos 1 y 2, del título 11 …"). Undefined otherwise.
 */
function pluralRuns(part: CitationPart, f: CitationFormat, lng: string): string | undefined {
  const ps = part.provisions;
  if (ps.length < 2) return undefined;
  const first = ps[0]!;
  const depth = first.path.length;
  if (depth < 2 || ps.some((p) => p.to !== undefined || p.unit !== first.unit || p.path.length !== depth || p.path.slice(0, -1).join('\u0000') !== first.path.slice(0, -1).join('\u0000') || (p.kinds ?? []).join() !== (first.kinds ?? []).join())) return undefined;
  const kinds = first.unit ? [first.unit] : part.law.levels;
  const kind = first.kinds?.[depth - 1] ?? kinds[depth - 1] ?? kinds[kinds.length - 1]!;
  const pattern = f.pluralSub?.[kind];
  if (!pattern) return undefined;
  const lf = levelFormat(f, kind, lng);
  const nums = ps.map((p) => number(p.path[depth - 1]!, lf.numbers));
  const list = `${nums.slice(0, -1).join(f.join)}${f.pluralLast ?? f.join}${nums[nums.length - 1]}`;
  const shared = formatProvision({ ...first, path: first.path.slice(0, -1), kinds: first.kinds?.slice(0, -1) }, part.law, f, lng);
  const named = f.laws[part.law.id];
  const own = typeof named === 'object' ? named.cite : undefined;
  return fill(own ?? f.citeNested ?? f.cite, { refs: `${shared}${fill(pattern, { list })}`, law: lawNameIn(f, part) });
}

/**
 * Within a citation of several provisions, each maximal run of provisions of one article (sameArticle) that share
 * every level but the lowest, which the language writes in the plural (`pluralSub`): by its first index, the run's
 * end index and its text (the shared part once, then the plural with the numbers), as pluralRuns writes a
 * citation that is one such run. Runs that are not the whole same-article group are left as they are.
 */
function pluralSubRuns(part: CitationPart, f: CitationFormat, lng: string, sameArticle: (a: Provision | undefined, b: Provision | undefined) => boolean): Map<number, { end: number; text: string }> {
  const out = new Map<number, { end: number; text: string }>();
  const ps = part.provisions;
  for (let i = 0; i < ps.length; ) {
    let j = i;
    while (j + 1 < ps.length && sameArticle(ps[j], ps[j + 1])) j++;
    if (j > i) {
      const run = ps.slice(i, j + 1);
      const first = run[0]!;
      const depth = first.path.length;
      const same = run.every((p) => p.to === undefined && p.unit === first.unit && p.path.length === depth && p.path.slice(0, -1).join('\u0000') === first.path.slice(0, -1).join('\u0000') && (p.kinds ?? []).join() === (first.kinds ?? []).join());
      const kinds = first.unit ? [first.unit] : part.law.levels;
      const kind = first.kinds?.[depth - 1] ?? kinds[depth - 1] ?? kinds[kinds.length - 1]!;
      const pattern = same && depth >= 2 ? f.pluralSub?.[kind] : undefined;
      if (pattern) {
        const lf = levelFormat(f, kind, lng);
        const nums = run.map((p) => number(p.path[depth - 1]!, lf.numbers));
        const list = `${nums.slice(0, -1).join(f.join)}${f.pluralLast ?? f.join}${nums[nums.length - 1]}`;
        const later = i > 0 && ps[i - 1]!.unit === first.unit && !ps[i - 1]!.to;
        const shared = formatProvision({ ...first, path: first.path.slice(0, -1), kinds: first.kinds?.slice(0, -1) }, part.law, f, lng, later);
        out.set(i, { end: j, text: `${shared}${fill(pattern, { list })}` });
      }
    }
    i = j + 1;
  }
  return out;
}

/** The name a law is cited by in this language. */
function lawNameIn(f: CitationFormat, part: CitationPart): string {
  const named = f.laws[part.law.id];
  return typeof named === 'string' ? named : (named?.name ?? part.law.short);
}

/**
 * The provisions of one law written in reverse, a run of provisions of one article naming what they
 * share once: each one's own lower levels, joined, then the shared levels ("khoản 3, khoản 5 và điểm b
 * khoản 8 Điều 28").
 */
function groupedReverse(part: CitationPart, f: CitationFormat, lng: string): string {
  const ps = part.provisions;
  const groupable = (p: Provision) => p.unit === undefined && p.to === undefined && p.path.length > 1;
  const groups: Provision[][] = [];
  for (const p of ps) {
    const last = groups[groups.length - 1];
    if (last && groupable(p) && groupable(last[0]!) && last[0]!.path[0] === p.path[0]) last.push(p);
    else groups.push([p]);
  }
  const joinAll = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(f.join)}${f.joinLast ?? f.join}${items[items.length - 1]}` : items[0] ?? '');
  const written = groups.map((g) => {
    if (g.length === 1) return formatProvision(g[0]!, part.law, f, lng);
    // The levels every provision of the run shares, each keeping at least one of its own.
    let shared = 1;
    while (g.every((p) => p.path.length > shared + 1 && p.path[shared] === g[0]!.path[shared] && (p.kinds?.[shared] ?? undefined) === (g[0]!.kinds?.[shared] ?? undefined))) shared++;
    const own = g.map((p) => formatProvision({ path: p.path.slice(shared), ...(p.kinds ? { kinds: p.kinds.slice(shared) } : {}) }, { ...part.law, levels: part.law.levels.slice(shared) }, f, lng));
    const common = formatProvision({ path: g[0]!.path.slice(0, shared), ...(g[0]!.kinds ? { kinds: g[0]!.kinds.slice(0, shared) } : {}) }, part.law, f, lng);
    return `${joinAll(own)}${f.levelSeparator ?? ' '}${common}`;
  });
  return joinAll(written);
}

// ---- what a region profile carries about its law (merged into the model's types) -------------

/** Where an element's requirement comes from: the official text, the provision's heading, when checked. */
export interface LegalSource {
  url: string;
  /** Heading of the cited provision in the law's original language (or of its chapter, where provisions have none). */
  title: string;
  checked: string;
  law: string;
}

declare module '../model/types.js' {
  interface Condition {
    /** Some flow's purpose is one of these or below one (`marketing` holds for marketing.communications). */
    purposes?: string[];
  }
  interface RegionElement {
    /** The element's article as structured data (absent when a project's profile cites in prose). */
    citation?: Citation;
    /** Official text, heading and date checked of the cited provision. */
    source?: LegalSource;
    /** Where the law is unsettled: what is open, in a sentence the reviewer sees. */
    unsettled?: string;
    /** Kept though no provision asks for it: why (reviewer practice). */
    practice?: string;
    /** The citation its snippet writes into the clause, when not its article. */
    textCitation?: Citation;
  }
  interface ConsentNeed {
    /** The provision the clause cites for this consent (`cite:`, e.g. "pipl 39"): the separate-consent sentence cites those it states. */
    citation?: Citation;
  }
  interface RegionProfile {
    /** The laws this profile cites, by id (its own; a member of a group never inherits the group's). */
    laws?: Record<string, LawInfo>;
    /** Structured citations behind legalBasisArticles, mechanismArticles and the rights sentence. */
    citations?: {
      basis: Record<string, Citation>;
      mechanism: Record<string, Citation>;
      rights?: Citation;
      /** Per sensitive data category (taxonomy key or parent), the provision that lists it (`sensitiveArticles`). */
      sensitive?: Record<string, Citation>;
    };
    /** Organization field (dotted path) of the contact this region's people write to (china.piOfficer.email). */
    contactField?: string;
    /** One route for every transfer (Vietnam): transfer sentences name no mechanism. */
    transferStatedOnce?: boolean;
    /** A controller outside the region collecting directly: no transfer route is settled; a missing one is reported with this note (info), never invented. */
    outsideControllerTransfers?: string;
    /** The complaints authority, its name by locale. */
    authority?: { name: Record<string, string>; url?: string };
    /** The wording key (under mechanism.) a mechanism is stated with in this region, when not its own id. */
    mechanismWording?: Record<string, string>;
    /** Where the law is unsettled for a transfer mechanism or basis, by key (`mechanism.contract`). */
    unsettled?: Record<string, string>;
  }
}


/**
 * The citation after a legal basis or transfer mechanism in the text's language: from the
 * profile's structured citations, else its prose article as written, else none.
 */
export function regionCitation(region: RegionProfile, kind: 'basis' | 'mechanism', key: string, lng: string): string | undefined {
  const c = region.citations?.[kind][key];
  if (c) return formatCitation(c, lng) || undefined;
  const prose = kind === 'basis' ? region.legalBasisArticles[key as keyof RegionProfile['legalBasisArticles']] : region.mechanismArticles[key as keyof RegionProfile['mechanismArticles']];
  return prose || undefined;
}

/** One citation from several: the provisions of each law once, in order of first mention. */
export function mergeCitations(cs: readonly Citation[]): Citation {
  const parts: CitationPart[] = [];
  for (const c of cs) {
    for (const part of c.parts) {
      let into = parts.find((p) => p.law.id === part.law.id);
      if (!into) parts.push((into = { law: part.law, provisions: [] }));
      for (const p of part.provisions) if (!into.provisions.some((q) => JSON.stringify(q) === JSON.stringify(p))) into.provisions.push(p);
    }
  }
  return { parts };
}

/**
 * The citation of the sensitive-data sentence for the data it names: the provision that lists each
 * category (`sensitiveArticles`: UU PDP Pasal 4(2)(a) for health data, (f) for financial data), then
 * what the element itself cites in the text (`cite:`, e.g. Decree 356 Art. 6(4)). Undefined when the
 * profile lists no category for the data, so the element's own citation stands.
 */
export function sensitiveCitation(region: RegionProfile, el: RegionElement, data: readonly string[], lng: string): string | undefined {
  const table = region.citations?.sensitive;
  if (!table) return undefined;
  const found: Citation[] = [];
  for (const d of data) {
    // The most specific category the data falls under (its own key, else the nearest parent listed).
    const key = Object.keys(table)
      .filter((k) => d === k || d.startsWith(`${k}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (key) found.push(table[key]!);
  }
  if (!found.length) return undefined;
  return formatCitation(mergeCitations(el.textCitation ? [...found, el.textCitation] : found), lng);
}

/** The rights sentence's citation in the text's language (empty when the profile gives none). */
export function rightsCitation(region: RegionProfile, lng: string): string {
  const c = region.citations?.rights;
  return c ? formatCitation(c, lng) : '';
}

/**
 * An element's article in the text's language (its English article when it has no structured citation). An
 * element kept for reviewers' practice has no article (`practice:`): its citation is what its sentence cites
 * (`cite:`), in the text's language, so a Thai or Chinese clause's record shows the provision as the clause
 * writes it; `article` keeps the English "no statutory source: …" reason (stop 27, LE).
 */
export function elementCitation(el: RegionElement, lng: string): string {
  const c = el.citation ?? (el.practice ? el.textCitation : undefined);
  return c ? formatCitation(c, lng) : el.article;
}

/** What an element's snippet cites in the clause ({{article}}): its `cite`, else its article; empty when neither is structured. */
export function elementTextCitation(el: RegionElement, lng: string): string {
  const c = el.textCitation ?? el.citation;
  return c ? formatCitation(c, lng) : '';
}

/**
 * A text a template or organization file gives in its own language (e.g. "§ 147 of the German
 * Fiscal Code (Abgabenordnung)", "reply STOP to any reminder"), as the locale's table of known texts
 * writes it; the text itself when the table does not know it.
 */
export function localPhrase(text: string, lng: string): string {
  let f: CitationFormat;
  try {
    f = citationFormat(lng);
  } catch {
    return text;
  }
  const phrases = f.phrases;
  return phrases && Object.hasOwn(phrases, text) ? phrases[text]! : text;
}

/**
 * A withdrawal method a template gives in its own language ("reply STOP"), as the locale writes it
 * (`localPhrase`), with the reply keywords the channel accepts for this locale where the locale's
 * phrase names them (`{{stop}}`; review CN-10). Locales whose phrase names STOP itself are unchanged.
 */
export function withdrawalPhrase(text: string, lng: string, keywords: readonly string[] | undefined): string {
  const phrase = localPhrase(text, lng);
  if (!phrase.includes('{{stop}}')) return phrase;
  const f = citationFormat(lng);
  const quote = f.keywords?.quote ?? '{{k}}';
  const words = (keywords?.length ? keywords : ['STOP']).map((k) => quote.replace('{{k}}', k));
  return phrase.replace('{{stop}}', words.join(f.keywords?.or ?? ', '));
}

/**
 * The names laws are cited by in a locale (its citation.yaml `laws:`): the claim reader skips them
 * as literals, so "Data Privacy Act" or 《个人信息保护法》 in a citation is never read as data.
 */
export function lawNames(lng: string): string[] {
  let f: CitationFormat;
  try {
    f = citationFormat(lng);
  } catch {
    return [];
  }
  return Object.values(f.laws ?? {}).map((v) => (typeof v === 'string' ? v : v.name));
}

/** A place's name in the locale when its citation.yaml writes it otherwise than ICU, else undefined. */
export function placeName(code: string, lng: string): string | undefined {
  let f: CitationFormat;
  try {
    f = citationFormat(lng);
  } catch {
    return undefined;
  }
  return f.places && Object.hasOwn(f.places, code) ? f.places[code] : undefined;
}
