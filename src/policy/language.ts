/**
 * The language a policy is written in, from its words: the share of each language's most common
 * function words among the first few thousand words, or the script for Chinese, Thai, Japanese,
 * Korean and the like. The word lists and scripts are data (languages/function-words.yaml), for the
 * languages disclose reads and for languages it has no reader for, so that a policy in one of the
 * latter is named and refused instead of being read through the words of another ("und": a text
 * long enough to tell whose words fit no language listed). Used to ask for the region of a policy
 * without front matter, and to refuse a language disclose has no reader for instead of reading it
 * as English and finding nothing.
 */
import { loadYamlData } from '../load/read-file.js';
import { packagePath } from '../load/package-root.js';
import { foldText } from '../util/fold-marks.js';

/** A text long enough to tell, written in no language disclose has words or a script for. */
export const UNDETERMINED = 'und';

interface Profiles {
  minShare: number;
  declared: { minWords: number; ratio: number };
  nameShare: number;
  readableMargin: number;
  prefer: Array<{ over: string; language: string; when: Set<string> }>;
  /** The languages with function words, in the order they are tried (a tie goes to the first). */
  order: string[];
  /** Each function word and the languages that have it. */
  index: Map<string, string[]>;
  names: Record<string, string>;
  /** Scripts other than Latin and the language each tells (null: several languages write it). */
  scripts: Array<[string, RegExp, string | null]>;
}

interface ProfilesFile {
  minShare: number;
  declared: { minWords: number; ratio: number };
  nameShare: number;
  readableMargin: number;
  prefer?: Array<{ over: string; language: string; when: string[] }>;
  languages: Record<string, { name: string; words?: string; own?: string }>;
  scripts: Record<string, string | null>;
}

function load(): Profiles {
  const raw = loadYamlData(packagePath('languages', 'function-words.yaml')).data as ProfilesFile;
  const split = (w: string | undefined) => (w ?? '').split(/\s+/).filter(Boolean);
  const order: string[] = [];
  const index = new Map<string, string[]>();
  for (const [lng, l] of Object.entries(raw.languages)) {
    const words = new Set([...split(l.words), ...split(l.own)]);
    if (words.size) order.push(lng);
    for (const w of words) index.set(w, [...(index.get(w) ?? []), lng]);
  }
  return {
    minShare: raw.minShare,
    declared: raw.declared,
    nameShare: raw.nameShare,
    readableMargin: raw.readableMargin,
    prefer: (raw.prefer ?? []).map((p) => ({ ...p, when: new Set(p.when) })),
    order,
    index,
    names: Object.fromEntries(Object.entries(raw.languages).map(([lng, l]) => [lng, l.name])),
    scripts: Object.entries(raw.scripts).map(([s, lng]) => [s, new RegExp(`^\\p{Script=${s}}$`, 'u'), lng]),
  };
}

let loaded: Profiles | undefined;
/** Read on first use: a command that reads no policy does not load them. */
const profiles = (): Profiles => (loaded ??= load());

let folded: Map<string, string[]> | undefined;
/** The function words without their marks ("của" → "cua"), each with the languages whose word it is. */
function foldedIndex(): Map<string, string[]> {
  if (folded) return folded;
  folded = new Map();
  for (const [w, lngs] of profiles().index) {
    const f = foldText(w);
    folded.set(f, [...new Set([...(folded.get(f) ?? []), ...lngs])]);
  }
  return folded;
}

/** The script of a letter past the Latin blocks, by code point (few distinct ones in a text). */
const scripts = new Map<number, string | undefined>();
const LATIN = /^\p{Script=Latin}$/u;
function scriptOf(c: number, ch: string): string | undefined {
  if (scripts.has(c)) return scripts.get(c);
  const script = LATIN.test(ch) ? 'Latin' : profiles().scripts.find(([, re]) => re.test(ch))?.[0];
  scripts.set(c, script);
  return script;
}

/** The English name of each language the detector knows, by code (read on first use). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = new Proxy({} as Record<string, string>, {
  get: (_, k) => (typeof k === 'string' ? profiles().names[k] : undefined),
  has: (_, k) => typeof k === 'string' && k in profiles().names,
  ownKeys: () => Reflect.ownKeys(profiles().names),
  getOwnPropertyDescriptor: (_, k) => Reflect.getOwnPropertyDescriptor(profiles().names, k),
});

/** "Swedish (sv)", or "a language disclose cannot read" for a text no language listed fits. */
export function languageName(lng: string): string {
  return lng === UNDETERMINED ? 'a language disclose cannot read' : `${LANGUAGE_NAMES[lng] ?? lng} (${lng})`;
}

/**
 * The language code, or undefined when the text has too few words to tell or no language listed
 * fits (languageScores says which: its `best` is UNDETERMINED then). With `readable` (the locales disclose reads), a language not among them must
 * beat the best of them by the margin the data gives, so that a policy in a language disclose reads
 * is not refused for the words it shares with a neighbour it does not read (Spanish and Galician).
 */
export function detectLanguage(text: string, readable?: readonly string[]): string | undefined {
  const { best } = languageScores(text, readable);
  return best === UNDETERMINED ? undefined : best;
}

/**
 * The share of each language's common words among the text's words (by script, the share of the
 * script's letters among all letters), and the best. `script` names the script that decided, when
 * one other than Latin did.
 */
export function languageScores(text: string, readable?: readonly string[]): { best: string | undefined; scores: Record<string, number>; script?: string; words: number } {
  const scores: Record<string, number> = {};
  const sample = text.slice(0, 60_000);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Letters of each script (one pass over the words' letters; Unicode property regexes over the
  // whole text cost ten times as much), and the language each tells (a script several languages
  // write tells UNDETERMINED).
  let latin = 0;
  const byScript = new Map<string, number>();
  for (const w of words) {
    for (const ch of w) {
      const c = ch.codePointAt(0)!;
      const script = c < 0x250 || (c >= 0x1e00 && c <= 0x1eff) ? 'Latin' : scriptOf(c, ch);
      if (script === 'Latin') latin++;
      else if (script) byScript.set(script, (byScript.get(script) ?? 0) + 1);
    }
  }
  const letters = Math.max(1, latin + [...byScript.values()].reduce((a, b) => a + b, 0));
  const byLanguage = new Map<string, { n: number; script: string }>();
  const n = (script: string) => byScript.get(script) ?? 0;
  // Japanese writes Han characters with kana: a Han text with kana a quarter as many is Japanese.
  const kana = n('Hiragana') + n('Katakana');
  const japanese = kana >= 20 && kana * 4 >= n('Han');
  for (const [script, , lng] of profiles().scripts) {
    const key = (script === 'Han' && japanese ? 'ja' : lng) ?? `${UNDETERMINED}:${script}`;
    const had = byLanguage.get(key);
    byLanguage.set(key, { n: (had?.n ?? 0) + n(script), script: had && had.n >= n(script) ? had.script : script });
  }
  for (const [lng, v] of byLanguage) if (!lng.startsWith(`${UNDETERMINED}:`)) scores[lng] = v.n / letters;
  let top: [string, { n: number; script: string }] | undefined;
  for (const e of byLanguage) if (!top || e[1].n > top[1].n) top = e;
  if (top && top[1].n > 50 && top[1].n > latin / 4) {
    return { best: top[0].startsWith(`${UNDETERMINED}:`) ? UNDETERMINED : top[0], scores, script: top[1].script, words: words.length };
  }
  if (words.length < 20) return { best: undefined, scores, words: words.length };
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const tally = (index: ReadonlyMap<string, string[]>, key: (w: string) => string) => {
    const hitsOf = new Map<string, number>();
    for (const [w, k] of counts) for (const lng of index.get(key(w)) ?? []) hitsOf.set(lng, (hitsOf.get(lng) ?? 0) + k);
    let top: string | undefined;
    let topHits = 0;
    const shares: Record<string, number> = {};
    for (const lng of profiles().order) {
      const hits = hitsOf.get(lng) ?? 0;
      shares[lng] = hits / words.length;
      if (hits > topHits) {
        top = lng;
        topHits = hits;
      }
    }
    return { top, share: topHits / words.length, shares };
  };
  let { top: best, share: bestShare, shares } = tally(profiles().index, (w) => w);
  if (bestShare < profiles().minShare && readable) {
    // Typed without diacritics ("chung toi khong chia se du lieu cua ban"): its words and the lists'
    // compared bare; only a language disclose reads is taken so (src/policy/accentless.ts reads it).
    const bare = tally(foldedIndex(), (w) => foldText(w));
    if (bare.top && readable.includes(bare.top) && bare.share >= profiles().minShare) ({ top: best, share: bestShare, shares } = bare);
  }
  Object.assign(scores, shares);
  if (bestShare < profiles().minShare) return { best: UNDETERMINED, scores, words: words.length };
  if (readable && best && !readable.includes(best)) {
    let near: string | undefined;
    for (const lng of profiles().order) if (readable.includes(lng) && (scores[lng] ?? 0) > (near ? scores[near]! : 0)) near = lng;
    if (near && scores[near]! * profiles().readableMargin >= scores[best]!) best = near;
    // A language not read is named only on a fair share of its words, else it may be misnamed.
    else if (scores[best]! < profiles().nameShare) best = UNDETERMINED;
  }
  // Languages that share most function words (Indonesian and Malay): the other's own words decide.
  for (const p of profiles().prefer) if (best === p.over && [...p.when].some((w) => counts.has(w))) best = p.language;
  return { best, scores, words: words.length };
}

/**
 * Whether a text's words plainly contradict the locale a policy declares (front matter "locale: en"
 * on a Swedish text): enough words to tell (`declared.minWords`), and the language read has a share
 * at least `declared.ratio` times the declared one's, or no language listed fits (the declared
 * language's words are then below `minShare` too), or a script tells another language.
 */
export function contradictsDeclared(declared: string, read: { best: string | undefined; scores: Record<string, number>; script?: string; words: number }): boolean {
  const { best, scores, script, words } = read;
  if (!best || best === declared) return false;
  if (!script && words < profiles().declared.minWords) return false;
  if (best === UNDETERMINED) return true;
  return (scores[declared] ?? 0) * profiles().declared.ratio < (scores[best] ?? 0);
}
