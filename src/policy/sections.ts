/**
 * Finding a policy's sections by what they say: each heading's section gets a topic (recipients,
 * purposes, retention, transfers, rights, contact, cookies, …) from the words of its title, and
 * failing those from the statements in it. `check` and `sync` both find a template's clause here:
 * its managed block, else the numbered section or paragraph the template's number names when it
 * is about the template's purpose, else the document as a whole (a number that names an unrelated
 * section is reported once, by clause-reference-mismatch).
 */
import type { PolicyVocabulary } from '../load/locales.js';
import type { Template } from '../model/types.js';
import type { Outline, Unit } from './outline.js';

export const TOPICS = ['recipients', 'purposes', 'retention', 'transfers', 'rights', 'contact', 'cookies', 'security', 'children', 'collection', 'changes'] as const;
export type Topic = (typeof TOPICS)[number];

export interface Section {
  /** Index of the heading unit (-1: the text before the first heading). */
  heading: number;
  title: string;
  number?: string;
  level: number;
  /** Units [first, end) of the section, its sub-sections included. */
  first: number;
  end: number;
  topic?: Topic;
}

const lower = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ');

/** The topic the words of a text show, by the first topic (in TOPICS order of strength) with a hit. */
export function topicOf(text: string, vocab: PolicyVocabulary | undefined): Topic | undefined {
  const t = lower(text);
  let best: Topic | undefined;
  let bestAt = Infinity;
  for (const topic of TOPICS) {
    for (const w of vocab?.topics?.[topic] ?? []) {
      const at = t.indexOf(lower(w));
      if (at >= 0 && at < bestAt) {
        best = topic;
        bestAt = at;
      }
    }
  }
  return best;
}

/** The topic whose words a text uses at least twice (a passing "protect" makes no security section). */
function topicByCount(text: string, vocab: PolicyVocabulary | undefined): Topic | undefined {
  const t = lower(text);
  let best: Topic | undefined;
  let most = 1;
  for (const topic of TOPICS) {
    let n = 0;
    for (const w of vocab?.topics?.[topic] ?? []) for (let at = t.indexOf(lower(w)); at >= 0 && w; at = t.indexOf(lower(w), at + w.length)) n++;
    if (n > most) {
      best = topic;
      most = n;
    }
  }
  return best;
}

/** Every heading's section, with its topic. */
export function sectionsOf(outline: Outline, vocab: PolicyVocabulary | undefined): Section[] {
  const { units } = outline;
  const out: Section[] = [];
  const headings = units.map((u, i) => (u.kind === 'heading' ? i : -1)).filter((i) => i >= 0);
  const firstHeading = headings[0] ?? units.length;
  if (firstHeading > 0) out.push({ heading: -1, title: '', level: 0, first: 0, end: firstHeading });
  for (const h of headings) {
    const u = units[h]!;
    let end = units.length;
    for (const k of headings) if (k > h && units[k]!.level <= u.level) {
      end = k;
      break;
    }
    const title = u.title ?? u.text;
    // The title decides; a leaf section whose title says nothing is read by its first lines (not
    // a document's title, whose first lines say nothing of what follows).
    const leaf = !headings.some((k) => k > h && k < end);
    const topic = topicOf(title, vocab) ?? (leaf && u.level > 1 ? topicByCount(units.slice(h + 1, Math.min(end, h + 4)).map((x) => x.text).join(' ').slice(0, 600), vocab) : undefined);
    out.push({ heading: h, title, ...(u.number ? { number: u.number } : {}), level: u.level, first: h, end, ...(topic ? { topic } : {}) });
  }
  return out;
}

/** The innermost section a unit sits in. */
export function sectionAt(sections: readonly Section[], unit: number): Section | undefined {
  let found: Section | undefined;
  for (const s of sections) if (s.first <= unit && unit < s.end && (!found || s.level >= found.level)) found = s;
  return found;
}

export interface NumberedPlace {
  unit: number;
  title: string;
  /** The units it covers [first, end). */
  first: number;
  end: number;
}

/** The heading, bold label or numbered paragraph that carries a clause number. */
export function numbered(outline: Outline, number: string): NumberedPlace | undefined {
  const { units } = outline;
  const i = units.findIndex((u) => u.number === number);
  if (i < 0) return undefined;
  const u = units[i]!;
  let end = i + 1;
  if (u.kind === 'heading') {
    while (end < units.length && !(units[end]!.kind === 'heading' && units[end]!.level <= u.level)) end++;
  } else {
    // A numbered paragraph runs to the next numbered unit or heading.
    while (end < units.length && units[end]!.kind !== 'heading' && units[end]!.number === undefined) end++;
  }
  return { unit: i, title: (u.title ?? u.text).slice(0, 80), first: i, end };
}

/**
 * Whether a numbered part is about a template's clause: its title or text names the clause's title,
 * purpose or a recipient. `named` finds a recipient the way the claim reader does, by its short name
 * too ("przez WhatsApp", "via WhatsApp" for WhatsApp Ireland Limited, the channel the template's
 * message goes by; "Zendesk" for Zendesk, Inc.), as whole words.
 */
export function isAbout(outline: Outline, place: NumberedPlace, template: Template, words: readonly string[], vocab: PolicyVocabulary | undefined, named?: (text: string) => boolean): boolean {
  // A numbered paragraph inside a section about the clause ("5.5 You can stop the reminders …" under
  // "5. Appointment reminders by SMS") is a part of that section, whatever its own words are about.
  // The section is about the clause by its title: one that lists parts on many subjects ("5.
  // PURPOSES": 5.1 … 5.7) is not made about it by another of its parts ("5.3 WhatsApp notices" beside
  // "5.7 CCTV").
  const own = outline.units[place.unit]!;
  if (own.kind !== 'heading' && own.heading >= 0) {
    const h = outline.units[own.heading]!;
    if (isAbout(outline, { unit: own.heading, title: (h.title ?? h.text).slice(0, 80), first: own.heading, end: own.heading + 1 }, template, words, vocab, named)) return true;
  }
  const raw = outline.units.slice(place.first, place.end).map((u: Unit) => u.text).join(' ');
  const text = lower(raw);
  const title = lower(place.title);
  const topic = topicOf(place.title, vocab);
  if (topic && ['cookies', 'security', 'children', 'changes', 'contact', 'rights'].includes(topic)) return false;
  const names = template.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));
  if (names.some((n) => text.includes(lower(n))) || named?.(raw)) return true;
  return words.some((w) => w && (title.includes(lower(w)) || text.includes(lower(w))));
}
