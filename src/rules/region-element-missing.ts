import type { Rule } from '../check/rule.js';
import { effectiveFlows, holds } from '../render/facts.js';
import { orgField } from '../load/organization.js';
import { oneLine } from '../render/one-line.js';
import { basename } from 'node:path';
import { detectLanguage, LANGUAGE_NAMES } from '../policy/language.js';
import type { Organization, RegionElement, RegionProfile } from '../model/types.js';
import type { RenderResult } from '../render/renderer.js';
import { writtenCue, writtenShows, writtenStates, type WrittenPolicy } from '../policy/written-elements.js';
import type { ReadResult } from '../claims/read-claims.js';
import { elementWords, partWords } from './element-words.js';

/** An element the region requires for these flows is not in the clause. */
export const rule: Rule = {
  meta: {
    id: 'region-element-missing',
    scope: 'render',
    description: 'The clause contains every element its region requires for the declared flows (the article is in the region profile).',
    source: 'regions/*.yaml: each element cites its article (GDPR Art. 13; CCPA §1798.100, §1798.135; PIPL Art. 17, 23, 38–39; PDPA-style laws)',
    severity: 'error',
    messages: {
      needs: '{{region}} requires "{{element}}" ({{article}}), which needs {{fields}} in the organization file',
      needsTemplate: '{{region}} requires "{{element}}" ({{article}}), which needs {{fields}} in the template; the clause does not state it',
      absent: '{{region}} requires "{{element}}" ({{article}}) for these flows, and the clause does not contain it',
      companion: '{{region}} requires the notice in {{locales}} ({{article}}); the {{missing}} version is missing',
      companionPolicy: '{{region}} requires the policy in {{locales}} ({{article}}); the policy has no {{missing}} version',
      absentPractice: 'reviewers in {{region}} ask for "{{element}}" ({{article}}) for these flows, and the clause does not contain it',
      absentPolicy: '{{head}} that disclose could not find in the policy: {{list}}; one the policy states in words disclose does not recognise is not missing',
      recipientRetention: '{{region}} requires "{{element}}" ({{article}}) for every datum kept, and flow "{{flow}}" gives {{data}} to {{recipients}} with no period or criteria declared: the clause cannot say how long they are kept',
    },
  },
  check(ctx) {
    const { region, render } = ctx;
    if (!region || !render) return;
    // A policy read as a whole lacks elements nowhere in particular: one root finding at the
    // document's heading, each element grouped under it at the section that should carry it.
    const whole = ctx.policy?.document;
    // A policy people wrote as written-elements reads it, made once for every element (undefined: a clause disclose wrote).
    const written = writtenOf(ctx);
    const absent: Array<{ el: RegionElement; missing: string[] }> = [];
    for (const { el, how, fields } of elementPlan(region, render, ctx.org)) {
      const base = { region: region.id, element: el.id, article: el.article };
      // A template field (`template.frequency`): reported at the template, which is where it goes.
      if (how === 'template') {
        ctx.report({ messageId: 'needsTemplate', data: { ...base, fields: fields.join(', ') }, pos: ctx.template.positions['category'] ?? ctx.template.positions['id'] ?? { file: ctx.template.file, line: 1, column: 1 }, fix: `Add ${fields.map((f) => (f === 'frequency' ? 'frequency: { count: <n>, per: day|week|month|year }' : f)).join(', ')} to ${ctx.template.file}.` });
        continue;
      }
      // An element whose missing fields another rule reports (reportedBy: ccpa-opt-out-link) is that rule's.
      if (how === 'reportedBy' || how === 'none') continue;
      if (how === 'org') {
        ctx.report({ messageId: 'needs', data: { ...base, fields: fields.join(', ') }, pos: { file: ctx.org.file, line: 1, column: 1 }, fix: `Add ${fields.join(', ')} to ${ctx.org.file}.` });
        continue;
      }
      if (el.detect.companionLocales) {
        // A policy must carry every language itself (MY PDPA s.7(3)); the generated clause writes them.
        const have = ctx.policy ? languagesIn(ctx.policy.text, el.detect.companionLocales) : new Set([render.locale, ...render.clause.companions.map((c) => c.locale)]);
        // A policy people wrote that says the notice is given in a language ("Notis ini juga disediakan dalam
        // bahasa Inggeris": cue `version_<lng>` of its locale) has that version, though not in this file.
        if (written) for (const l of el.detect.companionLocales) if (!have.has(l) && writtenCue([`version_${l}`], written)) have.add(l);
        const missing = el.detect.companionLocales.filter((l) => !have.has(l));
        const name = (l: string) => LANGUAGE_NAMES[l] ?? l;
        if (missing.length) {
          ctx.report({
            messageId: ctx.policy ? 'companionPolicy' : 'companion',
            data: { ...base, locales: el.detect.companionLocales.map(name).join(' and '), missing: missing.map(name).join(' and '), missingLocales: missing },
            pos: whole ? whole.titlePos : ctx.clausePos(0),
            fix: `Add the ${missing.map(name).join(' and ')} version of the notice to the policy (disclose sync --write writes both into managed clauses).`,
          });
        }
        continue;
      }
      const missing = missingParts(el.detect, ctx, written);
      if (missing.length) {
        if (whole) absent.push({ el, missing });
        // An element kept for reviewers' practice is not said to be required by law (stop 26 audit: "id requires
        // local_storage (no statutory source …)" contradicted itself).
        else ctx.report({ messageId: el.practice ? 'absentPractice' : 'absent', data: base, pos: ctx.clausePos(0), fix: `Add the ${el.id} element (${el.article}) to the clause, or run \`disclose sync --write\`.` });
      } else if (el.detect.claims?.includes('retain' as never)) recipientRetention(ctx, base);
    }
    if (whole && absent.length) {
      const root = whole.titlePos;
      const read = ctx.clauseRead;
      const why = (el: RegionElement) => askedBecause(el, ctx.org);
      const related = absent.map(({ el, missing }) => {
        const topic = topicOfElement(el);
        const section = topic ? whole.omittedPos(topic) : undefined;
        // No section titled on the topic: where the policy speaks of it all the same (the sentence a reviewer
        // would add it to), never "the policy has no such section" (stop 27: practo's rights and retention, aramex's
        // purposes were there under titles the section reader does not know).
        const spoken = !section && topic && read ? spokenOf(topic, read) : undefined;
        // Its first word: a sentence read after a line break starts at the break.
        let from = spoken ? Math.max(spoken.start, whole.ownAt(spoken.start)) : 0;
        while (spoken && from < spoken.end && /\s/.test(ctx.clauseText?.charAt(from) ?? '')) from++;
        const at = section ?? (spoken ? ctx.clausePos(from) : root);
        const statement = !section && spoken ? oneLine(whole.quote(from, spoken.end)).trim() : '';
        // Not found, like the root: no "missing" said of a policy people wrote.
        const where = !topic ? '' : section ? `; it belongs in this ${topic} section` : spoken ? `; the policy speaks of ${TOPIC_WORDS[topic] ?? topic} here` : '';
        return { element: el.id, article: el.article, ...(topic ? { topic } : {}), line: at.line, column: at.column, ...(statement ? { statement } : {}), message: `not found: ${wordsOf(el, missing)}${why(el)}${where}` };
      });
      ctx.report({
        messageId: 'absentPolicy',
        // Not found is not absent: a warning, where a clause disclose wrote that lacks one is an error.
        severity: 'warning',
        data: { region: region.id, head: headOf(region.id, absent.map((a) => a.el)), count: elementCount(absent.length), list: absent.map(({ el, missing }) => `${wordsOf(el, missing)} (${el.article})${why(el)}`).join('; '), elements: absent.map((a) => a.el.id), related },
        pos: root,
        fix: `Add ${absent.map(({ el, missing }) => wordsOf(el, missing)).join('; ')} to the policy (each in the section that covers it), or add a managed clause with \`disclose sync --write --add-missing\`.`,
      });
    }
  },
};

/**
 * An element in words, or the part of it that is missing where the rest is there: "the legal basis of the
 * processing (the policy states the purposes of the processing)" for GDPR 13(1)(c) where the purposes are found
 * (stop 27 audit: `purposes_and_legal_basis` read as if the purposes were missing too).
 */
function wordsOf(el: RegionElement, missing: readonly string[]): string {
  const parts = [el.detect.claims?.length ? 'claims' : '', el.detect.orgText?.length ? 'orgText' : '', el.detect.cue?.length ? 'cue' : ''].filter(Boolean);
  if (parts.length > 1 && missing.length === 1) {
    const part = missing[0] === 'claims' ? el.detect.claims![0] : missing[0] === 'cue' ? el.detect.cue![0] : undefined;
    const other = missing[0] === 'cue' && el.detect.claims?.[0] ? partWords(el.detect.claims[0]) : missing[0] === 'claims' && el.detect.cue?.[0] ? partWords(el.detect.cue[0]) : undefined;
    const words = part ? partWords(part) : undefined;
    if (words && other) return `${words} (the policy states ${other})`;
  }
  return elementWords(el.id);
}

/** Why an element is asked where its `when:` is a value of the organization file ("asked because organization.yaml declares a data protection officer"). */
function askedBecause(el: RegionElement, org: Organization): string {
  const field = el.when.orgField;
  if (!field) return '';
  return `, asked because ${basename(org.file)} declares ${ORG_FIELDS[field] ?? `"${field}"`}`;
}

const ORG_FIELDS: Record<string, string> = {
  dpo: 'a data protection officer (dpo)',
  'china.piOfficer': 'a personal information protection officer (china.piOfficer)',
  'china.exportFilings': 'export filings (china.exportFilings)',
  'china.providesProductsOrServices': 'that it provides products or services (china.providesProductsOrServices)',
};

/** A topic in words, for "the policy speaks of … here". */
const TOPIC_WORDS: Record<string, string> = {
  purposes: 'what the data are used for',
  retention: 'keeping data',
  transfers: 'where data go or are kept',
  recipients: 'others receiving data',
};

/**
 * The actions that speak of each policy section's topic (src/policy/sections.ts), in the order an element's
 * claims settle its topic: keeping before storing, storing before giving, giving before using.
 */
const TOPIC_ACTIONS: Record<string, readonly string[]> = { retention: ['retain'], transfers: ['transfer', 'store'], recipients: ['share', 'sell'], purposes: ['collect', 'use'] };

/**
 * The offset of the first sentence that speaks of a topic by what it says (a claim of the topic's action, or
 * its verb), where no section is titled on it: purposes (using or collecting data), retention (keeping them),
 * transfers (storing them in a place or sending them abroad), recipients (giving them to someone).
 */
function spokenOf(topic: string, read: ReadResult): { start: number; end: number } | undefined {
  const wanted = TOPIC_ACTIONS[topic];
  if (!wanted) return undefined;
  const s = read.sentences.find((x) => x.claims.some((c) => wanted.includes(c.action) && !c.negated) || x.mentions.some((m) => m.kind === 'action' && wanted.includes(m.value) && (topic !== 'transfers' || x.mentions.some((p) => p.kind === 'place'))));
  return s ? { start: s.start, end: s.end } : undefined;
}

/** "one element", "3 elements". */
function elementCount(n: number): string {
  return n === 1 ? 'one element' : `${n} elements`;
}

/**
 * The opening of the policy finding: what the law requires, and apart what reviewers ask for with no
 * statutory source (`practice:` in the profile), never "requires" of the latter.
 */
function headOf(region: string, absent: RegionElement[]): string {
  const law = absent.filter((el) => !el.practice).length;
  const practice = absent.length - law;
  if (!practice) return `${region} requires ${elementCount(law)} for these flows`;
  if (!law) return `reviewers in ${region} ask for ${elementCount(practice)} for these flows (no statutory source)`;
  return `${region} requires ${elementCount(law)} for these flows, and its reviewers ask for ${practice === 1 ? 'one more' : `${practice} more`} (no statutory source)`;
}

/**
 * How the rule settles each element the region requires for these flows (its `when:` holds): a template
 * field it needs (`template`), organization fields it needs (`org`, or `reportedBy` another rule), else
 * looked for in the clause or policy (`text`) where the profile says how (`detect:`); an element with no
 * `detect:` is not looked for (`none`: what the renderer writes for it is checked by the clause's own
 * record, and nothing tells it in a text disclose did not write). The elements looked for in the text
 * are what the policy evaluation scores (scripts/eval-policies.mjs, `textElements`).
 */
type Plan = 'template' | 'org' | 'reportedBy' | 'text' | 'none';

export function elementPlan(region: RegionProfile, render: RenderResult, org: Organization): Array<{ el: RegionElement; how: Plan; fields: string[] }> {
  const out: Array<{ el: RegionElement; how: Plan; fields: string[] }> = [];
  for (const el of region.elements) {
    if (!holds(el.when, render.facts, org)) continue;
    const outcome = render.clause.elements.find((e) => e.id === el.id);
    const fromTemplate = outcome?.missing.filter((f) => f.startsWith('template.')) ?? [];
    if (fromTemplate.length) out.push({ el, how: 'template', fields: fromTemplate.map((f) => f.slice('template.'.length)) });
    else if (outcome && outcome.missing.length) out.push({ el, how: el.reportedBy ? 'reportedBy' : 'org', fields: outcome.missing });
    else out.push({ el, how: lookedFor(el.detect) ? 'text' : 'none', fields: [] });
  }
  return out;
}

function lookedFor(d: RegionElement['detect']): boolean {
  return Boolean(d.claims?.length || d.orgText?.length || d.cue?.length || d.companionLocales?.length);
}

/** The ids of the elements the rule looks for in the text of a clause or policy (see elementPlan). */
export function textElements(region: RegionProfile, render: RenderResult, org: Organization): string[] {
  return elementPlan(region, render, org).filter((p) => p.how === 'text').map((p) => p.el.id);
}

/** The policy section (src/policy/sections.ts topic) where an element is written, by what shows it. */
function topicOfElement(el: RegionElement): string | undefined {
  const d = el.detect;
  if (d.orgText?.some((f) => f.startsWith('supervisoryAuthority'))) return 'rights';
  if (d.orgText?.length) return 'contact';
  const claims: readonly string[] = d.claims ?? [];
  const byClaim = Object.keys(TOPIC_ACTIONS).find((topic) => TOPIC_ACTIONS[topic]!.some((a) => claims.includes(a)));
  if (byClaim) return byClaim;
  const cues = d.cue ?? [];
  if (cues.some((c) => ['rights', 'withdraw', 'complaint'].includes(c))) return 'rights';
  if (cues.some((c) => ['legal_basis', 'legitimate_interest', 'requirement', 'method', 'source'].includes(c))) return 'purposes';
  if (cues.some((c) => ['overseas_recipient', 'separate_consent'].includes(c))) return 'transfers';
  if (cues.some((c) => ['government', 'ccpa_categories'].includes(c))) return 'recipients';
  if (cues.includes('statutory')) return 'retention';
  return undefined;
}

/**
 * A retention element is present as soon as the clause keeps one period; a flow whose recipients keep its data
 * with no period of theirs or of ours (`retention`) and no criteria (`collectedByRecipients.retentionCriteria`)
 * leaves data no sentence gives a period for, which the clause cannot state (review 7 TH7-5: PDPA s.23(3),
 * with the card data of payment_receipt). Reported per flow, for the data no retention claim of the clause covers.
 */
function recipientRetention(ctx: Parameters<Rule['check']>[0], base: { region: string; element: string; article: string }): void {
  const { region, render } = ctx;
  if (!region || !render) return;
  const kept = new Set(render.clause.claims.filter((c) => c.action === 'retain').map((c) => c.data));
  for (const f of effectiveFlows(ctx.template.flows, ctx.org, region)) {
    if (!f.recipients.length || f.retention || f.collectedByRecipients?.retentionCriteria) continue;
    const data = f.data.filter((d) => !kept.has(d));
    if (!data.length) continue;
    const recipients = f.recipients.map((r) => r.name ?? r.type).join(', ');
    ctx.report({
      messageId: 'recipientRetention',
      data: { ...base, flow: f.id, data: data.join(', '), recipients },
      pos: f.pos ?? ctx.template.positions['id'] ?? { file: ctx.template.file, line: 1, column: 1 },
      fix: `Declare how long the data are kept on flow "${f.id}": \`retention: { value, unit, from, heldBy: recipients }\` for the recipients' period, or \`collectedByRecipients: { retentionCriteria: … }\` for how they set it.`,
    });
  }
}

/** The parts of an element's `detect:` the clause or policy does not show ('claims', 'orgText', 'cue'); none: present. */
function missingParts(detect: import('../model/types.js').ElementDetect, ctx: Parameters<Rule['check']>[0], written: WrittenPolicy | undefined): string[] {
  const read = ctx.clauseRead;
  const text = ctx.clauseText ?? '';
  if (!read) return [];
  // A policy people wrote, read as a whole (`written`): also what its text shows, whoever's policy it is
  // (src/policy/written-elements.ts). A clause disclose wrote is checked exactly, as it writes it.
  const checks: Array<[string, boolean]> = [];
  // The business's own storage (`detect.own`): in a clause disclose wrote, a claim with no recipient ("We store …
  // ourselves"); in a policy people wrote, as written-elements reads it (its claims may leave the keeper out).
  if (detect.claims) checks.push(['claims', (written === undefined || !detect.own ? read.claims.some((c) => detect.claims!.includes(c.action as never) && !(detect.own && c.recipient)) : false) || (written !== undefined && writtenStates(detect.claims, written, detect.own))]);
  if (detect.orgText) checks.push(['orgText', detect.orgText.every((f) => {
    const v = orgField(ctx.org, f);
    // As the clause writes it: on one line (see oneLine).
    return v !== undefined && text.includes(oneLine(v));
  }) || (written !== undefined && detect.written !== undefined && writtenShows(detect.written, written))]);
  if (detect.cue) checks.push(['cue', detect.cue.some((c) => read.cues.has(c)) || (written !== undefined && (writtenCue(detect.cue, written) || (!detect.orgText && detect.written !== undefined && writtenShows(detect.written, written))))]);
  return checks.filter(([, ok]) => !ok).map(([part]) => part);
}

/** A policy people wrote as written-elements reads it (undefined: a clause disclose wrote). */
function writtenOf(ctx: Parameters<Rule['check']>[0]): WrittenPolicy | undefined {
  const read = ctx.clauseRead;
  const document = ctx.policy?.document;
  const locale = ctx.policy?.locale ?? ctx.loc?.data;
  if (!read || !document || !locale) return undefined;
  const keywords = [...Object.values(ctx.catalog.channels.get(ctx.template.channel)?.stopKeywords ?? {}), ...Object.values(ctx.org.replyKeywords ?? {})].flat();
  const region = ctx.region;
  const area = region ? (region.area.length ? region.area : region.countries) : [];
  return { text: ctx.clauseText ?? '', read, document, locale, keywords, area };
}

/**
 * The languages a policy text is written in: paragraphs gathered into runs of at least 20 words,
 * each run's language detected. Indonesian counts as Malay where Malay is asked for (the two share
 * most function words).
 */
export function languagesIn(text: string, wanted: readonly string[]): Set<string> {
  const out = new Set<string>();
  let run = '';
  const flush = () => {
    const lng = detectLanguage(run);
    if (lng) out.add(lng === 'id' && wanted.includes('ms') ? 'ms' : lng);
    run = '';
  };
  for (const para of text.split(/\n\s*\n|\n(?=#)|<\/?(?:p|h\d|li|div|section)\b[^>]*>/)) {
    run += ` ${para}`;
    if ((run.match(/\p{L}+/gu) ?? []).length >= 20) flush();
  }
  if (run.trim()) flush();
  return out;
}
