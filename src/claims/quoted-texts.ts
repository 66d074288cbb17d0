/**
 * Whether the texts users supplied that disclose's sentences quote (recipient names, addresses,
 * contacts, titles, interests, effects, links) leave those sentences reading as the renderer
 * recorded them. When they do, the rules take the renderer's record of what it said
 * (src/claims/said-read.ts); when one does not — a recipient named "Email" is found inside
 * "email address" — the footer and clause are read back as before. Each distinct text is judged
 * once per locale.
 *
 * A text the reader keeps whole where it occurs (a name, a quoted text) is harmless unless it also
 * occurs inside disclose's own words: it must be three characters or more (without a letter, see
 * `notOurs`) and occur in none of the locale's wording, labels, reader words, country names or
 * citations. A text the
 * reader reads as words (a free-text effect, the policy link in a footer) must read as nothing: no
 * data, action, recipient, place, purpose, duration or other word of the reader, and one sentence.
 * The clause title stands alone on the heading line: it may be one of our phrases, but it may not
 * make a claim.
 */
import { builtinRegionTexts } from '../load/builtin-data.js';
import type { Catalog } from '../load/catalog.js';
import type { LocaleData } from '../load/locales.js';
import { allPlaceCodes } from '../load/places.js';
import { profileFromBuild } from '../load/regions.js';
import type { RegionProfile } from '../model/types.js';
import { elementTextCitation, lawNames, regionCitation, rightsCitation } from '../render/citation.js';
import type { Localizer } from '../render/localizer.js';
import { oneLine } from '../render/one-line.js';
import { normalize } from './lexicon.js';
import { keptWhole, readClaims } from './read-claims.js';

/** How a supplied text is placed: as a recipient name, as a quoted text, as the clause title, or read as words. */
export type QuoteRole = 'name' | 'verbatim' | 'title' | 'words';

interface LocaleState {
  corpus: string | undefined;
  /** Per role, the texts judged and the verdict. */
  verdicts: Record<QuoteRole, Map<string, boolean>>;
}

const VERDICT_LIMIT = 20_000;
const states = new WeakMap<LocaleData, LocaleState>();

function stateOf(locale: LocaleData): LocaleState {
  let st = states.get(locale);
  if (!st) {
    st = { corpus: undefined, verdicts: { name: new Map(), verbatim: new Map(), title: new Map(), words: new Map() } };
    states.set(locale, st);
  }
  return st;
}

/**
 * Whether every text, in its role, leaves the sentences as recorded (each text judged once per
 * locale). `skip`: texts of the list given another role.
 */
export function quotesInert(catalog: Catalog, loc: Localizer, quotes: ReadonlyArray<readonly [QuoteRole, readonly string[], (readonly string[])?]>): boolean {
  const st = stateOf(loc.data);
  for (const [role, texts, skip] of quotes) {
    const verdicts = st.verdicts[role];
    for (const text of texts) {
      if (skip?.includes(text)) continue;
      let ok = verdicts.get(text);
      if (ok === undefined) {
        ok = judge(catalog, loc, st, role, text);
        if (verdicts.size >= VERDICT_LIMIT) verdicts.clear();
        verdicts.set(text, ok);
      }
      if (!ok) return false;
    }
  }
  return true;
}

function judge(catalog: Catalog, loc: Localizer, st: LocaleState, role: QuoteRole, text: string): boolean {
  const locale = loc.data;
  const whole = role !== 'words' && keptWhole(text, role === 'name' ? 'name' : 'verbatim', locale);
  if (role === 'title') return (!whole || notOurs(catalog, loc, st, text)) && readClaims(oneLine(text), locale).claims.length === 0;
  if (whole) return notOurs(catalog, loc, st, text);
  if (role === 'name') return false;
  return readsAsNothing(text, locale);
}

/**
 * Long enough and nowhere in the locale's own words: found only where it is quoted. A text without
 * a letter (a telephone number, a date) must also not be one the numbers disclose writes could
 * hold (durations such as "36,500 days", clause numbers, citations): seven characters or more, with
 * a sign other than digits, spaces, points and commas.
 */
function notOurs(catalog: Catalog, loc: Localizer, st: LocaleState, text: string): boolean {
  const n = normalize(oneLine(text), loc.lng).trim();
  if (n.length < 3) return false;
  if (!/\p{L}/u.test(n) && (n.length < 7 || !/[^\d\s.,]/u.test(n))) return false;
  st.corpus ??= corpusOf(catalog, loc);
  return !st.corpus.includes(n);
}

function readsAsNothing(text: string, locale: LocaleData): boolean {
  const read = readClaims(oneLine(text), locale);
  return read.sentences.length <= 1 && read.sentences.every((s) => s.mentions.length === 0 && s.durations.length === 0);
}

/**
 * Everything disclose itself may write in a locale, normalized, one text per line. What it writes
 * of a region profile of ours comes from the build (`builtinRegionTexts`), so a command that uses
 * one region does not resolve the other profiles for it.
 */
function corpusOf(catalog: Catalog, loc: Localizer): string {
  const out: string[] = [];
  walkTexts(loc.data.wording, out);
  walkTexts(loc.data.labels, out);
  walkTexts(loc.data.reader, out);
  for (const code of allPlaceCodes()) out.push(loc.country(code));
  out.push(...lawNames(loc.lng));
  const built = builtinRegionTexts(loc.lng);
  for (const id of catalog.regions.keys()) {
    const texts = built && profileFromBuild(catalog.regions, id) ? built[id] : undefined;
    out.push(...(texts ?? regionTexts(catalog.regions.get(id)!, loc.lng)));
  }
  return out.map((s) => normalize(oneLine(s), loc.lng)).join('\n');
}

/** What disclose writes of one region profile in a locale: its authority, vocabulary and citations. */
export function regionTexts(region: RegionProfile, lng: string): string[] {
  const out: string[] = [];
  walkTexts(region.authority?.name, out);
  walkTexts(region.vocabulary, out);
  out.push(rightsCitation(region, lng));
  for (const el of region.elements) out.push(elementTextCitation(el, lng));
  for (const kind of ['basis', 'mechanism'] as const) {
    const keys = Object.keys(kind === 'basis' ? region.legalBasisArticles : region.mechanismArticles);
    for (const key of keys) out.push(regionCitation(region, kind, key, lng) ?? '');
  }
  return out;
}

/** Every string in a value (arrays and objects walked), in order. */
function walkTexts(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) walkTexts(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) walkTexts(x, out);
}
