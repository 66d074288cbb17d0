/**
 * Finds the clause of a policy document that covers a template — the one place `check` and `sync`
 * both ask: its managed block; else the section or numbered paragraph the template's clause
 * number names, when it is about the template's clause; else the whole document, read section by
 * section (src/policy/sections.ts), with a number that names an unrelated section noted once.
 */
import type { DocumentReview, PolicyClause } from '../check/rule.js';
import type { LocaleData } from '../load/locales.js';
import type { Template } from '../model/types.js';
import { numberAt, type Heading, type PolicyDocument } from './document.js';
import { readOutline, type Outline, type TableVocabulary } from './outline.js';
import { maskNames, organizationNames } from './names.js';
import { clauseBreaks } from './clause-breaks.js';
import { plainTextMapped } from './plain-text.js';
import { definedTerms } from './definitions.js';
import { readClaims } from '../claims/read-claims.js';
import { readingLocale } from './accentless.js';
import { foldText } from '../util/fold-marks.js';
import { isAbout, numbered, sectionsOf, topicOf, type Section } from './sections.js';

const outlines = new WeakMap<PolicyDocument, Map<string, Outline>>();

/** A document's outline; with a locale, its tables read by their headers in that locale's words. */
export function outlineOf(doc: PolicyDocument, locale?: LocaleData): Outline {
  let byLocale = outlines.get(doc);
  if (!byLocale) outlines.set(doc, (byLocale = new Map()));
  const key = `${locale?.lng ?? ''}${locale?.accentless ? ':bare' : ''}`;
  let o = byLocale.get(key);
  if (!o) {
    o = readOutline(doc, locale?.reader.policy as TableVocabulary | undefined, locale ? listing(locale) : undefined);
    byLocale.set(key, o);
  }
  return o;
}

/**
 * Whether a list item names data or a recipient in its own words with no verb or negation, its
 * lead-ins included ("Messagerie: WhatsApp Business, fourni par Meta Platforms Ireland Limited :
 * votre numéro de téléphone …"): under a heading on recipients it lists who gets what.
 */
function listing(locale: LocaleData): (leadIn: string, item: string) => boolean {
  return (leadIn, item) => {
    const mentions = readClaims(`${leadIn} ${item}`, locale, { policy: true }).sentences.flatMap((s) => s.mentions);
    if (mentions.some((m) => m.kind === 'action' || m.kind === 'negation')) return false;
    return mentions.some((m) => m.start > leadIn.length && (m.kind === 'data' || m.kind === 'recipient'));
  };
}

export function policyClauseFor(doc: PolicyDocument, template: Template, locale?: LocaleData): PolicyClause | undefined {
  const block = doc.blocks.find((b) => b.id === template.clause.id);
  if (block) return clause(doc, template.clause.id, numberAt(doc, block.openStart), block.contentStart, block.contentEnd);
  const number = template.clause.number;
  const idx = number ? doc.headings.findIndex((h) => h.number === number) : -1;
  if (!locale) {
    // Without a locale (library callers of old): the numbered heading alone.
    if (idx < 0) return undefined;
    return headingClause(doc, template, idx);
  }
  // A policy typed without diacritics is read with the locale's words folded (src/policy/accentless.ts).
  locale = readingLocale(doc, locale);
  const outline = outlineOf(doc, locale);
  const vocab = locale.reader.policy;
  const place = number ? numbered(outline, number) : undefined;
  // A policy people wrote: no managed block, no region declared for disclose in front matter or marker.
  const peopleWrote = !doc.blocks.length && doc.declaredAt.region === undefined;
  if (place && isAbout(outline, place, template, clauseWords(template, locale), vocab, recipientNamed(template, locale))) {
    // A policy people wrote discloses a flow across its sections (recipients in one, retention in
    // another): the part its clause number names is the right one (no section finding), and the
    // document is read as a whole, as for any policy people wrote, not as a clause disclose wrote.
    if (peopleWrote) return documentClause(doc, template, outline, locale, undefined, undefined);
    if (idx >= 0) return headingClause(doc, template, idx);
    const u = outline.units;
    const from = u[place.first]!.at;
    const to = place.end < u.length ? u[place.end]!.at : outline.text.length;
    return { file: doc.file, id: template.clause.id, number, text: outline.text.slice(from, to), pos: outline.posAt(from), posAt: (o) => outline.posAt(from + o) };
  }
  // A heading with the clause's own title ("Who we share it with") is its section, whatever its number.
  const titled = titledHeading(doc, template, locale);
  if (titled >= 0 && !place) {
    // In a policy people wrote, the same as for the numbered part above: the titled section is the
    // clause's place, and the document is read as a whole, not as a clause disclose wrote (whose
    // exact checks would say "the clause does not contain" of what the section states in its words).
    // Its number stays the clause's, for the footer's reference (clause-reference-mismatch).
    if (peopleWrote) {
      const titledNumber = doc.headings[titled]!.number;
      return { ...documentClause(doc, template, outline, locale, undefined, undefined), ...(titledNumber ? { number: titledNumber } : {}) };
    }
    return headingClause(doc, template, titled);
  }
  return documentClause(doc, template, outline, locale, place && number ? { number, title: place.title, pos: outline.posAt(outline.units[place.unit]!.at) } : undefined, place ? undefined : number);
}

/**
 * The heading of the section a template's clause is in when it has no managed block: the one
 * `check` reads as the clause (numbered as the template numbers it and about it, or titled as it).
 * `sync --add-missing` puts the managed clause there, so the two agree.
 */
export function clauseSection(doc: PolicyDocument, template: Template, locale: LocaleData): Heading | undefined {
  if (doc.blocks.some((b) => b.id === template.clause.id)) return undefined;
  const number = template.clause.number;
  const idx = number ? doc.headings.findIndex((h) => h.number === number) : -1;
  if (idx >= 0) {
    const outline = outlineOf(doc, locale);
    const place = numbered(outline, number!);
    if (place && isAbout(outline, place, template, clauseWords(template, locale), locale.reader.policy, recipientNamed(template, locale))) return doc.headings[idx];
  }
  const titled = titledHeading(doc, template, locale);
  return titled >= 0 ? doc.headings[titled] : undefined;
}

/** The section of the first clause without a managed block that has one (see clauseSection). */
export function missingClauseSection(doc: PolicyDocument, groups: ReadonlyMap<string, readonly Template[]>, locale: LocaleData): Heading | undefined {
  for (const [id, templates] of groups) {
    if (doc.blocks.some((b) => b.id === id)) continue;
    for (const t of templates) {
      const h = clauseSection(doc, t, locale);
      if (h) return h;
    }
  }
  return undefined;
}

function titledHeading(doc: PolicyDocument, template: Template, locale: LocaleData): number {
  const t = template.clause.title;
  const titles = (typeof t === 'string' ? [t] : t ? [t[locale.lng], ...Object.values(t)] : []).filter((x): x is string => !!x).map(norm);
  if (!titles.length) return -1;
  return doc.headings.findIndex((h) => titles.includes(norm(h.title)));
}

const norm = (s: string) => s.replace(/[\s:：.]+$/, '').replace(/\s+/g, ' ').trim().toLowerCase();

function headingClause(doc: PolicyDocument, template: Template, idx: number): PolicyClause {
  const h = doc.headings[idx]!;
  const next = doc.headings.slice(idx + 1).find((x) => x.level <= h.level);
  return clause(doc, template.clause.id, h.number, h.end, next ? next.start : doc.text.length);
}

/** Whether a text names one of the template's recipients, as the claim reader finds names (short names too). */
function recipientNamed(template: Template, locale: LocaleData): (text: string) => boolean {
  const names = template.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));
  return (text) => names.length > 0 && readClaims(text, locale, { policy: true, names }).sentences.some((s) => s.mentions.some((m) => m.kind === 'name'));
}

/** The words that show a part is about a template's clause: its title, and its flows' purposes and recipient types as the locale names them. */
function clauseWords(template: Template, locale: LocaleData): string[] {
  const t = template.clause.title;
  const titles = typeof t === 'string' ? [t] : t ? [t[locale.lng] ?? '', ...Object.values(t)] : [];
  const words = [...titles];
  for (const f of template.flows) {
    const p = locale.labels.purpose[f.purpose];
    if (p) words.push(p.label, ...(p.synonyms ?? []));
    for (const r of f.recipients) {
      const l = locale.labels.recipient[r.type];
      if (l) words.push(l.label, ...(l.synonyms ?? []));
    }
  }
  return words.filter((w) => w && w.length > 3);
}

function documentClause(doc: PolicyDocument, template: Template, outline: Outline, locale: LocaleData, unrelated: DocumentReview['unrelated'], missingNumber: string | undefined): PolicyClause {
  const sections = sectionsOf(outline, locale.reader.policy);
  const units = outline.units;
  const unitAt = (offset: number): number => {
    let lo = 0;
    let hi = units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (units[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Each unit's topic: its section's, or that of the section it sits in (a "1.1" under "1)
  // Contact"); and the topic the title of its section (or of one above) names. Worked out once,
  // section by section in document order, with the open sections on a stack.
  const unitTopic = new Array<string | undefined>(units.length);
  const unitTitleTopic = new Array<string | undefined>(units.length);
  const stack: Array<{ s: Section; topic?: string; titleTopic?: string }> = [];
  const ordered = [...sections].sort((a, b) => a.first - b.first || a.level - b.level);
  let k = 0;
  for (let u = 0; u < units.length; u++) {
    while (stack.length && stack[stack.length - 1]!.s.end <= u) stack.pop();
    while (k < ordered.length && ordered[k]!.first <= u) {
      const s = ordered[k++]!;
      while (stack.length && (stack[stack.length - 1]!.s.end <= s.first || stack[stack.length - 1]!.s.level >= s.level)) stack.pop();
      const above = stack[stack.length - 1];
      const own = s.heading >= 0 ? topicOf(s.title, locale.reader.policy) : undefined;
      stack.push({ s, topic: s.topic ?? above?.topic, titleTopic: own ?? above?.titleTopic });
    }
    const top = stack[stack.length - 1];
    unitTopic[u] = top?.topic;
    unitTitleTopic[u] = top?.titleTopic;
  }
  const terms = definedTerms(outline, locale);
  const review: DocumentReview = {
    topicAt: (offset) => unitTopic[unitAt(offset)],
    titleTopicAt: (offset) => unitTitleTopic[unitAt(offset)],
    // A list item's statement as the item says it, without the lead-in read before it, and a table
    // row's without what the reader adds after it (the row read again as a statement of keeping).
    quote: (start, end) => {
      const u = units[unitAt(start)];
      const from = Math.max(start, u?.own ?? start);
      if (u?.ownEnd !== undefined && end > u.ownEnd) return from < u.ownEnd ? outline.text.slice(from, u.ownEnd) : outline.text.slice(u.own, u.ownEnd);
      return outline.text.slice(Math.min(end, from), end);
    },
    written: (start, end) => outline.text.slice(start, end),
    ownAt: (offset) => units[unitAt(offset)]?.own ?? offset,
    isHeading: (offset) => units[unitAt(offset)]?.kind === 'heading',
    omittedPos(aspect) {
      const s = sections.find((x) => x.topic === aspect && x.heading >= 0);
      return s ? outline.posAt(units[s.heading]!.at) : undefined;
    },
    titlePos: outline.posAt(units[Math.max(0, units.findIndex((u) => u.kind === 'heading'))]?.at ?? 0),
    ...(unrelated ? { unrelated } : {}),
    ...(missingNumber ? { missingNumber } : {}),
    ...(outline.unread.length ? { unread: outline.unread.map((u) => ({ pos: doc.posAt(u.offset), what: u.what, chars: u.chars })) } : {}),
    ...(terms.length ? { terms } : {}),
  };
  // Sentences about data that identifies no one ("aggregate statistics", "does not personally
  // identify you") disclose no flow: blanked, offsets kept.
  // Names are names: "India Post" is no place, "Delivery Hero" no purpose (src/policy/names.ts).
  const keep = template.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));
  // Where the language writes no sentence punctuation (Thai), spaces and continuation lines that end a
  // clause end its sentence (src/policy/clause-breaks.ts).
  const text = clauseBreaks(blankDefinitions(exceptionItems(
    maskNames(blankNonPersonal(outline.text, (locale.reader.policy as { nonPersonal?: string[] } | undefined)?.nonPersonal ?? [], locale.lng), organizationNames(outline.text, locale, keep)),
    units,
    locale,
  ), terms), outline, locale.reader.policy?.clauseBreaks, doc.format !== 'html');
  // Typed without diacritics: the text is read folded too, code unit for code unit (quotes come from the outline's text).
  const read = locale.accentless ? foldText(text) : text;
  return { file: doc.file, id: template.clause.id, number: undefined, text: read, pos: outline.posAt(0), posAt: (o) => outline.posAt(o), document: review, ...(locale.accentless ? { locale } : {}) };
}

/**
 * The items under a lead-in that denies all but them ("we do not disclose your data to third
 * parties, except in the following cases:") are the exceptions: each is read with the lead-in's
 * words but without its negation, which denies what the items do not say. Offsets kept.
 */
function exceptionItems(text: string, units: Outline['units'], locale: LocaleData): string {
  const exceptions = (locale.reader.policy?.exceptions ?? []).map((e) => e.toLocaleLowerCase(locale.lng));
  const negations = locale.reader.negation.map((n) => n.toLocaleLowerCase(locale.lng)).filter(Boolean);
  if (!exceptions.length || !negations.length) return text;
  const spaced = !/^(zh|th|ja)/.test(locale.lng);
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const neg = new RegExp(spaced ? `(?<![\\p{L}\\p{N}])(?:${negations.map(esc).join('|')})(?![\\p{L}\\p{N}])` : negations.map(esc).join('|'), 'giu');
  let out = text;
  for (const u of units) {
    if (u.leadIn === undefined || u.own <= u.at) continue;
    const prefix = out.slice(u.at, u.own);
    const low = prefix.toLocaleLowerCase(locale.lng);
    if (!exceptions.some((e) => low.includes(e))) continue;
    const blanked = prefix.replace(neg, (w) => ' '.repeat(w.length));
    if (blanked !== prefix) out = out.slice(0, u.at) + blanked + out.slice(u.own);
  }
  return out;
}

/**
 * A definition ("**Chat messages**: the updates we send you on WhatsApp, with your phone number")
 * says what a term means, not that data goes anywhere: its line discloses no flow. Offsets kept.
 */
function blankDefinitions(text: string, terms: ReadonlyArray<{ at: number }>): string {
  let out = text;
  for (const t of terms) {
    const end = out.indexOf('\n', t.at);
    const to = end < 0 ? out.length : end;
    out = out.slice(0, t.at) + ' '.repeat(to - t.at) + out.slice(to);
  }
  return out;
}

function blankNonPersonal(text: string, phrases: readonly string[], lng: string): string {
  if (!phrases.length) return text;
  const low = phrases.map((p) => p.toLocaleLowerCase(lng));
  return text.replace(/[^\n.!?。；;]+[.!?。；;]?/g, (s) => (low.some((p) => s.toLocaleLowerCase(lng).includes(p)) ? s.replace(/[^\n]/g, ' ') : s));
}

function clause(doc: PolicyDocument, id: string, number: string | undefined, start: number, end: number): PolicyClause {
  const plain = plainTextMapped(doc, start, end);
  return { file: doc.file, id, number, text: plain.text, pos: doc.posAt(start), posAt: (o) => doc.posAt(plain.sourceOffset(o)) };
}
