/**
 * Loads the wording of each locale from `locales/<lng>/`: wording.yaml (i18next resources),
 * taxonomy.yaml (labels and synonyms) and reader.yaml (what the claim reader understands).
 * A project may add override folders; their files replace ours key by key.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { checkLinksIn } from './insecure-link.js';
import { packagePath } from './package-root.js';
import { loadYamlData, loadYamlFile } from './read-file.js';
import type { YamlFile } from './yaml-file.js';
import type { TaxonomyKind } from '../model/types.js';
import { lawNames } from '../render/citation.js';
import { resourceKeys } from './resource-keys.js';

export { resourceKeys };

export interface LabelEntry {
  label: string;
  synonyms?: string[];
  /** A law's own defined term for the entry, by vocabulary (a region's `vocabulary`: ccpa). */
  terms?: Record<string, string>;
}

export type Resources = Record<string, unknown>;

export interface ReaderLexicon {
  actions: Record<string, string[]>;
  negation: string[];
  exclusive: string[];
  upTo: string[];
  statutory: string[];
  abbreviations: string[];
  units: Record<string, string[]>;
  cues: Record<string, string[]>;
  vaguePurposes: string[];
  /** Fixed titles the reader skips ("Do Not Sell or Share My Personal Information"). */
  literals: string[];
  /** Other names of places beyond Intl's ("USA", inflected forms), by code. */
  places: Record<string, string[]>;
  /** What the policy reader needs for documents people wrote (src/policy/vocabulary.ts). */
  policy?: PolicyVocabulary;
}

export interface PolicyVocabulary {
  topics?: Record<string, string[]>;
  actions?: Record<string, string[]>;
  exceptions?: string[];
  consentOnly?: string[];
  /** Words for "without" and "only with": right before a mention of explicit consent ("ohne Ihre ausdrückliche Einwilligung") they make a denial a condition of consent. */
  consentConditions?: string[];
  /** Words that open a condition ("if", "falls", "若"): a vague purpose in a condition that opens its sentence is a use not made (rule vague-purpose). */
  conditions?: string[];
  /** Words for "or": a condition runs on past a comma they follow ("若我们…, 或者…"; rule vague-purpose). */
  alternatives?: string[];
  outside?: string[];
  /** Words that, right before a place, speak of everywhere but it ("outside Singapore"), as `outside` does. */
  outsideBefore?: string[];
  /** Places broader than any country, read as other countries in general where they stand as a whole word outside a name ("based in Europe"). */
  outsideWords?: string[];
  recipients?: Record<string, string[]>;
  data?: Record<string, string[]>;
  /** Numbers written as words ("deux", "twee", "zwei"), read before a time unit as a period's value. */
  numbers?: Record<string, number>;
  /** Sharing the user starts with a partner of their choosing ("when you sign up for these services"): no flow of the business's. */
  userInitiated?: string[];
  /** Words that scope an "only" to the cases or transfers the text describes ("only in these cases"): no exclusive purpose. */
  scopes?: string[];
  /** Purposes as policies name them beyond the taxonomy's labels ("pengiriman produk"), by purpose key. */
  purposes?: Record<string, string[]>;
  functionWords?: string[];
  markers?: string[];
  /** First-person possessives that are not a marker's word ("our", "unsere"): a subject with one is the business. */
  possessives?: string[];
  /** Scripts without spaces: words that make a place beside them part of a name (邮政 in 中国邮政). */
  nameWords?: string[];
  /** Scripts without spaces: legal forms a name ends in (股份有限公司). */
  legalForms?: string[];
  /** Verbs that state how long data is kept only with a period beside them ("we delete … 180 days after"). */
  deletion?: string[];
  /** Nouns for messages after a word for content ("content of order updates" is message content). */
  messageNouns?: string[];
  /**
   * A data term's head noun said first, with what it is about after a link ("the details of the transaction"
   * for "transaction details"): `heads` the nouns, `links` the words between.
   */
  ofForms?: { heads: string[]; links: string[]; compound?: boolean };
  /**
   * In a language that puts a data term's head first ("identifiant de l'appareil"), the words after "of"
   * that may change without changing the data ("de l'", "de votre", "des", "de vos"): a data term
   * holding one is read with each of the others too ("identifiant de votre appareil").
   */
  linkForms?: string[];
  /** Words for the content of a message after a noun for messages ("the notice text"): with any of `messageNouns` before them, message content. */
  contentAfter?: string[];
  /** Nouns join into compounds (German): a word's last part names what it is ("Versandnachricht" is a message). */
  compounds?: boolean;
  /** Words that say where someone is established ("based in"): the place after them is its seat, not where data is stored. */
  established?: string[];
  /** Words for servers and data centres ("servers", "Rechenzentrum", "máy chủ"): a place said of one is where data are stored, whatever the verb. */
  facilities?: string[];
  /** Words that link a place before the facility it is said of (zh 的: "德国的服务器"). */
  facilityLinks?: string[];
  /**
   * Phrases in which a share verb is a law's defined term, by a region's `vocabulary` (ccpa: "sell or
   * share", Cal. Civ. Code §1798.140(ah)(1)): a denial with one speaks of sales and of sharing for
   * cross-context behavioral advertising only, not of disclosures to service providers.
   */
  termsOfArt?: Record<string, string[]>;
  /** Words for sensitive data ("sensitive personal information"): a denial that names them speaks only of flows that carry data the region's law calls sensitive. */
  sensitiveData?: string[];
  /** Words for a group of people ("under 16", "children"): a denial scoped to such a group is not weighed against the business's flows. */
  peopleScopes?: string[];
  /** Words that refer back to the one operation the sentence before names ("dabei", "in doing so"): a denial with one speaks of that operation only. */
  backReferences?: string[];
  /** Object pronouns ("it", "lo", "le", "ich"): a denial whose object is one and that names no data speaks of what the sentence before it names. */
  objectPronouns?: string[];
  /**
   * A language that writes no sentence punctuation (Thai): the words that tell whether a space or a
   * continuation line ends a sentence (src/policy/clause-breaks.ts).
   */
  clauseBreaks?: { open?: string[]; continuing?: string[]; predicates?: string[]; subordinate?: string[] };
  /** Nouns of actions ("Weitergabe", "Übermittlung", "Verkauf"), by action: the action only in a sentence with a negation and a word of `happens` ("Eine Weitergabe … findet nicht statt"). */
  nounActions?: Record<string, string[]>;
  /** Words that give an example ("e.g.", "例如"): a period after one in a sentence is the example's, not the sentence's. */
  examples?: string[];
  /** Words for "at once" ("immediately after", "ngay sau khi"): beside a verb of deleting and no period, a period of zero. */
  immediately?: string[];
  /** Words that state a period of keeping by a criterion or an event, with no number ("for as long as", "no longer than necessary", "mientras dure"): src/policy/kept-while.ts. */
  keptWhile?: string[];
  /** Words that point to a recipient's own policy or say for how long it keeps data ("its own privacy policy", "zijn eigen privacybeleid", "ตามนโยบายของ"): src/policy/kept-while.ts. */
  ownPolicy?: string[];
  /** Words for "until" ("cho đến khi"): before an event (`events`) and with no period, a period of zero from that event ("kept until the order is delivered"). */
  until?: string[];
  /** Events as policies name them beyond the wording's (`event` in wording.yaml), by retention event ("đơn hàng được giao thành công": delivery). */
  events?: Record<string, string[]>;
  /** Words for a minimum ("no less than", "不少于") whose negation denies nothing: read as no words. */
  minimum?: string[];
  /** Verbs of happening that make a denial of a noun of `nounActions` ("findet … statt", "erfolgt", "n'a lieu", "vindt … plaats", "dochodzi do"). */
  happens?: string[];
  /** Relative pronouns after a comma (", which", ", das"): a clause about the recipient named before, whose negations and verbs say what it does. */
  relatives?: string[];
  /** Words for server log data ("Server-Logfiles", "log files"): a denial that names them, or that names no data of its own in a section that does, speaks of that data only. */
  logData?: string[];
  /** Words that say where someone is ("is located in", "está en", "位于"): after one of the flow's recipients, the place is where its data goes (src/policy/recipient-seat.ts). */
  located?: string[];
  /** Transfer mechanisms as policies name them ("Standardvertragsklauseln", "Data Privacy Framework"), by mechanism key. */
  mechanisms?: Record<string, string[]>;
  /** Cue phrases read only in policies people wrote, beside `cues`, by cue id (src/policy/written-elements.ts). */
  cues?: Record<string, string[]>;
  /** States and cities by the country they lie in ("Texas", "Frankfurt"): a place only after a word of `localPlaceAfter`. */
  localPlaces?: Record<string, string[]>;
  /** Words a state or city follows where it is said as a place ("in", "from"; "in Austin, Texas"). */
  localPlaceAfter?: string[];
  /** A company's nationality by country ("een Amerikaans bedrijf", "an American company"): where it is established. */
  nationalities?: Record<string, string[]>;
  /** Words that say the data stay within a place ("blijven binnen", "remain within"): with a place after them, a denial of transfers elsewhere. */
  remainWithin?: string[];
  /** Processing verbs: with a recipient as subject ("Meta processes your number") it gets the data (src/policy/recipient-subject.ts). */
  processing?: string[];
  /** Pronouns that open a sentence for the recipient the sentence before named ("It receives …", "Sie erhält …"). */
  pronouns?: string[];
  /** The word a passive's agent follows ("by", "von", "oleh", "bởi", "由"): data said before it and a recipient right after it ("… are processed by Meta") are data that recipient gets. */
  agents?: string[];
  /** Pronouns for the one given data, beside the verb of giving ("nous lui transmettons", "委托其处理"): the recipient the sentence before named. */
  givenPronouns?: string[];
  /** Relative pronouns for the one given data, after a comma that follows a recipient ("to whom", "dem", "któremu"). */
  givenRelatives?: string[];
  /** Words that point back to the data named before ("these data", "上述信息"): in a sentence naming no datum of its own, the data of the sentence before. */
  dataReferences?: string[];
}

export interface LocaleData {
  lng: string;
  wording: Resources;
  labels: Record<TaxonomyKind, Record<string, LabelEntry>>;
  reader: ReaderLexicon;
  /** Files each part came from, for errors and the `locales` command. */
  files: string[];
  /** Wording keys a project's own folder sets (approved wording): they win over a region's own sentence too. */
  approved?: Set<string>;
  /** Its words folded for a policy typed without diacritics (src/policy/accentless.ts): the reader folds the text too. */
  accentless?: boolean;
}

export function listLocales(dirs: string[]): string[] {
  const out = new Set<string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (existsSync(path.join(dir, name, 'wording.yaml'))) out.add(name);
  }
  return [...out].sort();
}

/** wording.yaml has no schema of its own: it must at least map keys to sentences. */
function loadPlain(file: string, own: boolean): Record<string, unknown> {
  const y = loadYamlData(file);
  if (y.data !== null && y.data !== undefined && (typeof y.data !== 'object' || Array.isArray(y.data))) {
    throw new DiscloseError('E_SCHEMA', `(top level): expected a mapping of wording keys, not ${Array.isArray(y.data) ? 'a list' : `a ${typeof y.data}`}`, y.posOf([]), 'Write the keys as in our locales/<lng>/wording.yaml: clause: { dpo: "…" }.');
  }
  if (own) checkOwnText(y);
  return (y.data ?? {}) as Record<string, unknown>;
}

/** Approved wording goes into footers and clauses as it is: no link in it may be http. */
function checkOwnText(y: YamlFile): void {
  checkLinksIn(y, 'approved wording');
}

/** Deep merge where `over` replaces leaves of `base` one by one. */
export function mergeResources(base: Resources, over: Resources): Resources {
  const out: Resources = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? mergeResources(b as Resources, v as Resources) : v;
  }
  return out;
}

export function loadLocale(lng: string, dirs: string[]): LocaleData {
  let wording: Resources = {};
  let labels: LocaleData['labels'] = { data: {}, purpose: {}, recipient: {} };
  let reader: Resources = {};
  const files: string[] = [];
  const approved = new Set<string>();
  const ours = path.resolve(packagePath('locales'));
  for (const dir of dirs) {
    const own = path.resolve(dir) !== ours;
    const base = path.join(dir, lng);
    const w = path.join(base, 'wording.yaml');
    if (existsSync(w)) {
      const plain = loadPlain(w, own);
      if (own) for (const k of resourceKeys(plain)) approved.add(k);
      wording = mergeResources(wording, plain);
      files.push(w);
    }
    const t = path.join(base, 'taxonomy.yaml');
    if (existsSync(t)) {
      const y = loadYamlFile(t, 'locale-taxonomy');
      if (own) checkOwnText(y);
      const data = y.data as Partial<LocaleData['labels']>;
      labels = {
        data: { ...labels.data, ...(data.data ?? {}) },
        purpose: { ...labels.purpose, ...(data.purpose ?? {}) },
        recipient: { ...labels.recipient, ...(data.recipient ?? {}) },
      };
      files.push(t);
    }
    const r = path.join(base, 'reader.yaml');
    if (existsSync(r)) {
      reader = mergeResources(reader, loadYamlFile(r, 'locale-reader').data as Resources);
      files.push(r);
    }
  }
  const lex = reader as Partial<ReaderLexicon>;
  return {
    lng,
    wording,
    labels,
    reader: {
      actions: lex.actions ?? {},
      negation: lex.negation ?? [],
      exclusive: lex.exclusive ?? [],
      upTo: lex.upTo ?? [],
      statutory: lex.statutory ?? [],
      abbreviations: lex.abbreviations ?? [],
      units: lex.units ?? {},
      cues: lex.cues ?? {},
      vaguePurposes: lex.vaguePurposes ?? [],
      // Law names as citations write them are titles, never data or actions (src/render/citation.ts).
      literals: [...(lex.literals ?? []), ...lawNames(lng)],
      places: lex.places ?? {},
      ...(lex.policy ? { policy: lex.policy } : {}),
    },
    files,
    ...(approved.size ? { approved } : {}),
  };
}
