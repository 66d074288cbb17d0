/**
 * The recipient as the one who acts: "Meta Platforms Ireland Limited … processes your mobile number",
 * "verarbeitet Meta Platforms Ireland Limited in unserem Auftrag Ihre Mobilfunknummer" — a processing
 * verb (reader.yaml `policy.processing`) whose subject is a recipient says the recipient gets the data,
 * as "receives" does; "we process your number" says nothing of a recipient. And a pronoun for the
 * recipient the sentence before named ("Unsere Möbel liefert die Spedition SwiftShip Logistics. Sie
 * erhält dafür Ihren Namen …", `policy.pronouns`) stands for it. Returns the share claims each such
 * sentence makes (its own claims not included).
 */
import type { Claim } from '../claims/claim.js';
import type { Mention, Sentence } from '../claims/read-claims.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export interface SubjectHelpers {
  ownAt(offset: number): number;
  isHeading(offset: number): boolean;
  /** Processing verbs, lower-cased. */
  processing: readonly string[];
  /** Pronouns for a recipient named just before, lower-cased. */
  pronouns: readonly string[];
  /** The locale's words for "we", lower-cased. */
  markers: readonly string[];
  /** The verb comes before its subject in a main clause after a leading clause (German). */
  verbSecond: boolean;
  /** Relative pronouns, lower-cased (reader.yaml `policy.relatives`: "die", "welche"). */
  relatives?: readonly string[];
  unspaced: boolean;
  /** The words a passive's agent follows ("by", "von", "oleh"), lower-cased (reader.yaml `policy.agents`). */
  agents?: readonly string[];
  /** Words that point back to the data named before ("上述工单信息", "these data", "te dane"), lower-cased (reader.yaml `policy.dataReferences`). */
  dataReferences?: readonly string[];
  /** Pronouns for a recipient as the one given something ("lui", "gli", "ihm", "其"), lower-cased (reader.yaml `policy.givenPronouns`). */
  givenPronouns?: readonly string[];
  /** Relative pronouns for the one given something ("to whom", "dem", "któremu", "a cui"), lower-cased (reader.yaml `policy.givenRelatives`). */
  givenRelatives?: readonly string[];
}

type Who = { type?: string; name?: string };

/** Where the words occur in the sentence, as spans in the text's offsets. */
function occurrences(s: Sentence, list: readonly string[], unspaced: boolean): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const w of list) {
    if (!w) continue;
    for (let at = s.text.indexOf(w); at >= 0; at = s.text.indexOf(w, at + 1)) {
      const edge = (c: string | undefined) => unspaced || c === undefined || !/[\p{L}\p{N}]/u.test(c);
      if (edge(s.text[at - 1]) && edge(s.text[at + w.length])) out.push({ start: s.start + at, end: s.start + at + w.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A recipient mention as a recipient: a name with the type written just before it ("die Spedition SwiftShip Logistics"). */
function whoOf(s: Sentence, m: Mention): Who {
  if (m.kind === 'recipient') return { type: m.value };
  const type = s.mentions.find((t) => t.kind === 'recipient' && t.end <= m.start && m.start - t.end <= 3);
  return type ? { type: type.value, name: m.value } : { name: m.value };
}

/** The claim that `who` is given datum `d`: by its name (with its category where the text gives one), else by its category. */
function shareOf(who: Who, d: string): Claim {
  return { action: 'share', data: d, recipient: who.name ? (who.type ? { type: who.type, name: who.name } : { name: who.name }) : { type: who.type! } };
}

function sharesOf(s: Sentence, who: Who, after: number): Claim[] {
  const data = [...new Set(s.mentions.filter((m) => m.kind === 'data' && m.start >= after).map((m) => m.value))];
  return data.map((d) => shareOf(who, d));
}

/** Where the words of a relative clause begin (", die …") between a recipient's end and `until`, or -1. */
function relativeAfter(s: Sentence, from: number, until: number, relatives: readonly string[]): number {
  if (!relatives.length) return -1;
  const between = s.text.slice(from - s.start, until - s.start);
  if (/[;:]/.test(between)) return -1;
  let first: RegExpExecArray | undefined;
  for (const r of relatives) {
    const m = new RegExp(`,\\s*${escapeRegExp(r)}(?![\\p{L}\\p{N}])`, 'iu').exec(between);
    if (m && (!first || m.index < first.index)) first = m;
  }
  return first ? from + first.index + first[0].length : -1;
}

/** Whether the sentence names the data before `until`. */
function dataBefore(s: Sentence, data: string, until: number): boolean {
  return s.mentions.some((m) => m.kind === 'data' && m.value === data && m.end <= until);
}

/** Whether every mention of the datum in the sentence is the label of a value written after it (a phone number, an e-mail address). */
function labelsOnly(s: Sentence, data: string): boolean {
  const at = s.mentions.filter((m) => m.kind === 'data' && m.value === data);
  return at.length > 0 && at.every((m) => /^\s*[:：]?\s*(?:\+?\(?\d[\d\s()./-]{5,}|[^\s@]+@[^\s@]+\.\p{L})/u.test(s.text.slice(m.end - s.start)));
}

function hasWord(text: string, w: string, unspaced: boolean): boolean {
  if (unspaced) return text.includes(w);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}\\p{N}]|$)`, 'u').test(text);
}

export function subjectShares(sentences: readonly Sentence[], h: SubjectHelpers): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  sentences.forEach((s, i) => {
    if (h.isHeading(s.start) || s.mentions.some((m) => m.kind === 'negation')) return;
    const recipients = s.mentions.filter((m) => m.kind === 'recipient' || m.kind === 'name');
    const verbs = s.mentions.filter((m) => m.kind === 'action');
    const made: Claim[] = [];
    // A processing verb with a recipient as its subject: before it with no "we" between, or (verb
    // second) right after it. The verb need not be one of the reader's actions ("trata").
    // A verb of keeping or storing is one too: a recipient that holds data has been given them
    // ("Zendesk holds your name, …", "It holds your name …", "Meta speichert Ihre Nummer …"): what it
    // keeps, it gets, in every language whose reader knows the verb.
    const keeping = verbs.filter((v) => v.value === 'retain' || v.value === 'store').map((v) => ({ start: v.start, end: v.end }));
    const processing = [...occurrences(s, h.processing, h.unspaced), ...keeping].sort((a, b) => a.start - b.start);
    for (const v of processing) {
      const before = recipients.filter((r) => r.end <= v.start).pop();
      if (before && !h.markers.some((w) => hasWord(s.text.slice(before.end - s.start, v.start - s.start), w, h.unspaced))) {
        const shares = sharesOf(s, whoOf(s, before), v.end);
        // A relative clause after the recipient that ends in the verb (Dutch and German put it last:
        // "Meta Platforms Ireland Limited in Dublin, die daarvoor uw mobiele nummer … verwerkt"): the
        // data it names before the verb are what the recipient processes.
        const clause = shares.length ? -1 : relativeAfter(s, before.end, v.start, h.relatives ?? []);
        made.push(...(clause < 0 ? shares : sharesOf(s, whoOf(s, before), clause).filter((c) => dataBefore(s, c.data, v.start))));
        continue;
      }
      const after = h.verbSecond ? recipients.find((r) => r.start >= v.end && r.start - v.end <= 2) : undefined;
      if (after) made.push(...sharesOf(s, whoOf(s, after), after.end));
    }
    // A pronoun that opens the sentence, then its verb, for the recipient the sentence before in the same paragraph named.
    const prev = sentences[i - 1];
    // A list item's own words start after its lead-in ("物流配送: 该服务商会收到 …").
    const own = Math.max(0, Math.min(h.ownAt(s.start) - s.start, s.text.length));
    const head = s.text.slice(own).trimStart();
    const lead = s.text.length - head.length;
    const pronoun = h.pronouns.find((p) => head.startsWith(p) && (h.unspaced || !/[\p{L}\p{N}]/u.test(head[p.length] ?? '')));
    // A demonstrative with a recipient word ("该服务商", this provider) is a pronoun too: its recipient word
    // is no other recipient, and it points back to the sentence before even in the list item before.
    const inPronoun = (m: Mention) => pronoun !== undefined && m.start - s.start >= lead && m.end - s.start <= lead + pronoun.length;
    const phrase = recipients.some(inPronoun);
    const others = recipients.filter((m) => !inPronoun(m));
    if (!made.length && !others.length && prev && !h.isHeading(prev.start) && (h.ownAt(prev.start) === h.ownAt(s.start) || phrase) && (verbs.length || processing.length)) {
      const candidates = [...verbs.filter((v) => v.value === 'share'), ...processing];
      // After ";" a clause may open with its verb, its subject the one the clause before named
      // (Polish, Italian, Spanish drop a subject pronoun: "Meta …, który przekazuje nasze wiadomości;
      // otrzymuje Twój numer telefonu").
      const carried = pronoun === undefined && /[;；]\s*$/u.test(prev.text);
      // The verb right after the pronoun, or after one short word in a language written with spaces (an
      // auxiliary or adverb: "it is given your number", "they also receive"; a sentence with a negation is
      // left out above).
      const gapOk = (v: { start: number }) => {
        const gap = s.text.slice(lead + pronoun!.length, v.start - s.start);
        return gap.length <= 2 || (!h.unspaced && /^\s+\p{L}{1,6}\s+$/u.test(gap));
      };
      const verb = pronoun !== undefined ? candidates.find((v) => v.start - s.start >= lead + pronoun.length && gapOk(v)) : carried ? candidates.find((v) => v.start - s.start === lead) : undefined;
      const named = prev.mentions.filter((m) => m.kind === 'recipient' || m.kind === 'name').pop();
      if (verb && named) made.push(...sharesOf(s, whoOf(prev, named), verb.end));
    }
    // The recipient as a passive's agent: "your number and the messages are processed by Meta", "dikelola
    // oleh mitra pihak ketiga kami", "được AdReach cất tại Đức" — a recipient or name right after the
    // locale's word for "by", and data named before it in the same clause (no ";" or ":" between),
    // whatever the verb: the agent is the one who has the data. Data named after the agent are its own
    // sentence's business ("processed by Meta, which also receives …" is read by the verbs).
    for (const m of recipients) {
      if (!h.agents?.length || made.some((c) => c.recipient?.name === m.value || c.recipient?.type === m.value)) continue;
      // The agent's word right before the recipient, or before one short word of its own ("by our technical providers",
      // "dai nostri fornitori tecnici", "von unseren Dienstleistern"; languages written with spaces).
      const whole = s.text.slice(0, m.start - s.start).replace(/\s+$/u, '');
      const short = h.unspaced ? undefined : /\s+\p{L}{1,9}$/u.exec(whole);
      const agentAt = (text: string) => h.agents!.find((w) => text.endsWith(w) && (h.unspaced || !/[\p{L}\p{N}]/u.test(text.charAt(text.length - w.length - 1))));
      const shortBefore = short ? whole.slice(0, short.index) : undefined;
      const before = agentAt(whole) !== undefined || shortBefore === undefined || agentAt(shortBefore) === undefined ? whole : shortBefore;
      const agent = agentAt(before);
      if (!agent) continue;
      const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1;
      const who = whoOf(s, m);
      const data = [...new Set(s.mentions.filter((d) => d.kind === 'data' && d.start - s.start >= clauseStart && d.end <= m.start).map((d) => d.value))];
      for (const d of data) made.push(shareOf(who, d));
    }
    // A pronoun for the one given the data, beside the verb of giving, where the sentence names no recipient
    // ("SwiftShip Logistics … Nous lui transmettons votre nom …", "我们委托其处理您的姓名…", "wir geben ihm Ihre Adresse"):
    // it stands for the recipient the sentence before in the same paragraph named, as a subject pronoun does.
    if (!made.length && !recipients.length && h.givenPronouns?.length && prev && !h.isHeading(prev.start) && h.ownAt(prev.start) === h.ownAt(s.start)) {
      const giving = [...verbs.filter((v) => v.value === 'share' || v.value === 'transfer').map((v) => ({ start: v.start, end: v.end })), ...occurrences(s, h.processing, h.unspaced)];
      // The pronoun and its verb side by side, the data after both: "nous lui transmettons votre nom", "wir geben
      // ihm Ihren Namen", "委托其处理您的姓名"; "… to send them." (the parcels, after the data) gives no one anything.
      const pairEnd = (p: { start: number; end: number }) => {
        for (const v of giving) {
          const gap = p.end <= v.start ? s.text.slice(p.end - s.start, v.start - s.start) : v.end <= p.start ? s.text.slice(v.end - s.start, p.start - s.start) : 'x';
          if (h.unspaced ? gap.length <= 2 : /^\s{0,2}$/u.test(gap)) return Math.max(p.end, v.end);
        }
        return -1;
      };
      const named = prev.mentions.filter((m) => m.kind === 'recipient' || m.kind === 'name').pop();
      const after = Math.max(-1, ...occurrences(s, h.givenPronouns, h.unspaced).map(pairEnd));
      if (named && after >= 0) made.push(...sharesOf(s, whoOf(prev, named), after));
    }
    // A relative clause for the one given the data, right after the recipient it names ("Sinch Sweden AB in Stockholm,
    // to whom we pass your name …", "Sinch Sweden AB ze Sztokholmu, któremu przekazujemy Pani/Pana imię …", "…, dem wir
    // Ihren Namen übermitteln", "…, a cui trasmettiamo …"): the recipient before the comma gets the data the clause names,
    // where the clause has a verb of giving or processing and no negation (to its next semicolon, colon or recipient).
    if (h.givenRelatives?.length && !h.unspaced) {
      const giving = [...verbs.filter((v) => v.value === 'share' || v.value === 'transfer').map((v) => ({ start: v.start, end: v.end })), ...occurrences(s, h.processing, h.unspaced)];
      for (const m of recipients) {
        if (made.some((c) => c.recipient?.name === m.value || c.recipient?.type === m.value)) continue;
        const rest = s.text.slice(m.end - s.start);
        // The recipient's own words may follow it before the comma ("ze Sztokholmu", "in Stockholm"), never another recipient.
        const comma = rest.search(/,/);
        if (comma < 0 || comma > 40 || /[;:()]/.test(rest.slice(0, comma)) || recipients.some((r) => r.start > m.end && r.start < m.end + comma)) continue;
        const after = rest.slice(comma + 1).replace(/^\s+/u, '');
        const word = h.givenRelatives.find((w) => after.startsWith(w) && !/[\p{L}\p{N}]/u.test(after.charAt(w.length)));
        if (!word) continue;
        const from = m.end + comma + 1 + (rest.length - comma - 1 - after.length) + word.length;
        // (a list of data has commas of its own: the clause runs to a semicolon, a colon or the next recipient)
        const stop = s.text.slice(from - s.start).search(/[;:；：]/);
        const until = Math.min(stop < 0 ? s.end : from + stop, ...recipients.filter((r) => r.start >= from).map((r) => r.start));
        if (!giving.some((v) => v.start >= from && v.end <= until) || s.mentions.some((x) => x.kind === 'negation' && x.start >= from && x.end <= until)) continue;
        const who = whoOf(s, m);
        const data = [...new Set(s.mentions.filter((d) => d.kind === 'data' && d.start >= from && d.end <= until).map((d) => d.value))];
        for (const d of data) made.push(shareOf(who, d));
      }
    }
    // A sentence that names data and a recipient by its name and no verb the reader knows ("Numero di
    // telefono e testo del messaggio sono inoltrati a Meta Platforms Ireland Limited", "Tin nhắn cùng số điện
    // thoại của bạn đi qua Meta …"): whatever its verb, a policy naming the data beside the one it names
    // as theirs says that one gets them. Only a name (a declared recipient), never a category, and only
    // where no verb at all was read (a sentence of collecting or using says what we do).
    // A datum written as the label of its value ("phone number: +353 1 555 0100", "E-Mail: datenschutz@…") is a
    // contact detail of the one named, not data given to it: a contact line gives no one anything.
    if (!made.length && !verbs.length && !processing.length) {
      const named = s.mentions.filter((m) => m.kind === 'name');
      if (named.length === 1) made.push(...sharesOf(s, whoOf(s, named[0]!), s.start).filter((c) => !labelsOnly(s, c.data)));
    }
    // Data named by a word that points back ("Zendesk 可以访问上述工单信息", "Zendesk can see these data"), in a
    // sentence that names no datum of its own: what is given is what the sentence before in the same section
    // named (the nearest of the two before it that names any), not personal data in general.
    if (h.dataReferences?.length && occurrences(s, h.dataReferences, h.unspaced).length && !s.mentions.some((m) => m.kind === 'data' && m.value !== 'user')) {
      const data = dataNamedBefore(sentences, i, h.isHeading);
      const given = [...s.claims, ...made].filter((c) => (c.action === 'share' || c.action === 'transfer') && c.data === 'user' && c.recipient && !c.negated);
      for (const c of given) for (const d of data) made.push({ ...c, data: d });
    }
    if (made.length) out.set(s, made);
  });
  return out;
}

/**
 * The data the nearest of the two sentences before sentence `i` in its section names (none past a heading),
 * for a sentence whose word points back to them ("these data"); personal data in general (`user`) names none.
 */
export function dataNamedBefore(sentences: readonly Sentence[], i: number, isHeading: (at: number) => boolean): string[] {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const p = sentences[k]!;
    if (isHeading(p.start)) break;
    const named = p.mentions.filter((m) => m.kind === 'data' && m.value !== 'user').map((m) => m.value);
    if (named.length) return [...new Set(named)];
  }
  return [];
}
