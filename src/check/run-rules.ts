/**
 * Runs the rules over one template (template-scope rules) or one render (template × region ×
 * locale), building the context they share once: read-back claims and coverage.
 */
import type { Claim } from '../claims/claim.js';
import { uniqueClaims } from '../claims/claim.js';
import { coverage, summarises, type Coverage } from '../claims/compare.js';
import { offsetOf, phrasesUnderHeading, readClaims, textPhrases, type ReadResult, type TextPhrases } from '../claims/read-claims.js';
import { quotesInert } from '../claims/quoted-texts.js';
import { saidRead } from '../claims/said-read.js';
import type { Catalog } from '../load/catalog.js';
import type { Flow, Organization, RegionProfile, SourcePos, Taxonomy, Template } from '../model/types.js';
import type { Localizer } from '../render/localizer.js';
import { shapeCellOf, type FooterVariant, type RenderResult } from '../render/renderer.js';
import type { LocaleData } from '../load/locales.js';
import type { ProjectUses } from '../render/project-uses.js';
import { localText } from '../render/statements.js';
import { recipientApplies } from '../render/facts.js';
import type { Finding, Severity } from './finding.js';
import { PairCache } from '../util/pair-cache.js';
import { formatMessage, type CoverageItem, type PolicyClause, type Rule, type RuleContext } from './rule.js';

export type SeverityOverrides = Record<string, Severity | 'off'>;

export interface RunOptions {
  rules: readonly Rule[];
  severity?: SeverityOverrides;
  policy?: PolicyClause;
  policyMissing?: { file: string };
  /**
   * Read the generated footer and clause back even where the renderer's record of what they say
   * can be used (test/said-read.test.ts compares the two ways).
   */
  readBack?: boolean;
  /** The date rules that depend on the day check as of (YYYY-MM-DD; the project's `asOf`). */
  asOf?: string;
}

// Both lists are asked for on every render of a template; templates and the organization are not
// changed once loaded, so each is made once per template (and organization).
const namesOf = new WeakMap<Template, string[]>();
const verbatimOf = new PairCache<Template, Organization, string[]>();

export function recipientNames(t: Template): string[] {
  let names = namesOf.get(t);
  if (!names) {
    names = t.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name ? [r.name] : [])));
    namesOf.set(t, names);
  }
  return names;
}

/** The messengers the template's recipients provide ("WhatsApp"): the channel's name, which a policy also uses for the company (`ReadOptions.channels`). */
function messengerNames(t: Template): string[] {
  return t.flows.flatMap((f) => f.recipients.flatMap((r) => (r.messenger ? [r.messenger] : [])));
}

const applyingNames = new PairCache<Template, string, string[]>();

/**
 * The recipient names a policy is read with: those of the recipients that apply to this organization
 * and region first, so that a short name two declared names share ("Meta" of Meta Platforms Ireland
 * Limited and of Meta Platforms, Inc.; "WhatsApp") is read as the one that applies.
 */
function policyNames(t: Template, names: string[], org: Organization, region: RegionProfile | undefined): string[] {
  if (!region || !t.flows.some((f) => f.recipients.some((r) => r.appliesTo))) return names;
  return applyingNames.get(t, `${org.controller.country}|${region.id}`, () => [...new Set([...t.flows.flatMap((f) => f.recipients.flatMap((r) => (r.name && recipientApplies(r, org, region) ? [r.name] : []))), ...names])]);
}

/** Text users supplied that clauses quote as written: read as none of our words (see `ReadOptions.verbatim`). */
export function verbatimTexts(t: Template, org: Organization): string[] {
  return verbatimOf.get(t, org, () => collectVerbatim(t, org));
}

function collectVerbatim(t: Template, org: Organization): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string') {
      if (key !== 'file' && key !== '$schema') out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  // Reply keywords are single words in quotes inside our withdrawal phrase, not texts of their own; the
  // round-trip test reads each locale's withdrawal sentence with them in place.
  const { replyKeywords: _keywords, dpfChecked: _checks, ...orgTexts } = org;
  walk(orgTexts);
  const title = t.clause.title;
  if (typeof title === 'string') out.push(title);
  else if (title) out.push(...Object.values(title));
  // The account setting where consent is withdrawn, quoted in the EU withdrawal sentence.
  out.push(...Object.values(t.consent?.setting ?? {}));
  for (const r of t.consent?.separateRecords ?? []) out.push(...Object.values(r.setting ?? {}));
  for (const f of t.flows) {
    if (f.legitimateInterest) out.push(f.legitimateInterest);
    if (f.consent?.withdrawal) out.push(f.consent.withdrawal);
    if (f.retention?.statutory?.law) out.push(f.retention.statutory.law);
    for (const r of f.recipients) if (r.contact) out.push(r.contact);
  }
  return [...new Set(out)];
}

/**
 * Whether the generated footer and clause say what the renderer recorded without reading them:
 * disclose's own wording, snippets and regions only (approved ones are read back), and every text
 * users supplied that the sentences quote leaves them reading so (src/claims/quoted-texts.ts).
 */
export function saysWhatItRecorded(catalog: Catalog, loc: Localizer, t: Template, org: Organization, render: RenderResult, names: string[], verbatim: string[]): boolean {
  const own = catalog.source;
  if (own.localeDirs?.length || own.snippetDirs?.length || own.regionDirs?.length) return false;
  const title = t.clause.title;
  const titles = typeof title === 'string' ? [title] : title ? Object.values(title) : [];
  const words: string[] = [];
  for (const f of t.flows) {
    // The effect on the person, as the clause writes it in this locale (statements.ts).
    const effect = localText(f.sensitive?.effect, loc.lng, t.language);
    if (effect) words.push(effect);
  }
  // The footer is read without the quoted texts: the policy link in it is read as words.
  const link = render.footer.variant === 'reference_link' ? (org.shortPolicyUrl ?? org.policyUrl) : undefined;
  if (link) words.push(link);
  return quotesInert(catalog, loc, [
    ['name', names],
    ['title', titles],
    ['verbatim', verbatim, titles],
    ['words', words],
  ]);
}

function severityOf(rule: Rule, region: RegionProfile | undefined, overrides: SeverityOverrides | undefined): Severity | 'off' {
  return overrides?.[rule.meta.id] ?? region?.severity[rule.meta.id] ?? rule.meta.severity;
}

/** A coverage item whose offset (where the covering statement is) is found only when a rule asks. */
class Covered implements CoverageItem {
  constructor(
    readonly claim: Claim,
    readonly source: 'flow' | 'footer',
    readonly pos: SourcePos,
    readonly result: Coverage,
    private readonly read: ReadResult,
    readonly flow?: string,
  ) {}

  get offset(): number {
    return 'by' in this.result ? offsetOf(this.read, this.result.by) : 0;
  }
}

/** The flow a claim comes from. */
function flowOf(t: Template, c: Claim): Flow | undefined {
  // A retention or storage claim names no purpose or recipient: the flow with that period or place
  // (the phone number kept "up to 30 days" is WhatsApp's flow's, not the courier's kept 180 days).
  const own = (f: Flow) =>
    (!c.retention || (f.retention?.value === c.retention.value && f.retention.unit === c.retention.unit)) &&
    (c.action !== 'store' || !c.place || f.storage.includes(c.place) || f.recipients.some((r) => r.storage?.includes(c.place!)));
  return (
    t.flows.find((f) => f.data.includes(c.data) && (!c.purpose || f.purpose === c.purpose) && (!c.recipient?.name || f.recipients.some((r) => r.name === c.recipient!.name)) && own(f)) ??
    t.flows.find((f) => f.data.includes(c.data) && (!c.purpose || f.purpose === c.purpose) && (!c.recipient?.name || f.recipients.some((r) => r.name === c.recipient!.name))) ??
    t.flows.find((f) => f.data.includes(c.data))
  );
}

/**
 * What the render rules read of a shape cell (src/render/renderer.ts `shapeCellOf`: one flow shape's
 * facts, statements and clause body in a region, locale and organization) that no template changes,
 * worked out on the cell's first check and kept with it: the clause's claims each once, the cue and
 * vague phrases of its body, and, where the generated clause is reviewed from the renderer's record,
 * how it covers the flows' claims and each footer variant's claims. The template adds its own on
 * top: the heading (phrases in it are read from the whole text), its footer's reference, and where
 * each finding is (a flow's position in its own file).
 */
interface CellReview {
  locale: LocaleData;
  taxonomy: Taxonomy;
  flowClaims: Claim[];
  bodyPhrases?: TextPhrases;
  /** Each flow claim a rule checks against the clause, its coverage and the flow it comes from (an index into the flows, which the shape holds; -1: none). */
  flows?: Array<{ claim: Claim; result: Coverage; flow: number }>;
  /** The coverage of each claim of a footer variant (its claims are the shape's: the reference makes none). */
  footers: Map<FooterVariant, Coverage[]>;
}

const reviews = new WeakMap<object, CellReview>();

function reviewOf(render: RenderResult, locale: LocaleData, taxonomy: Taxonomy): CellReview | undefined {
  const cell = shapeCellOf(render);
  if (!cell) return undefined;
  let review = reviews.get(cell);
  if (!review || review.locale !== locale || review.taxonomy !== taxonomy) {
    review = { locale, taxonomy, flowClaims: uniqueClaims(render.clause.claims), footers: new Map() };
    reviews.set(cell, review);
  }
  return review;
}

/** The flow claims the rules check against the clause (not "only", negated or public authorities'), each with its coverage and flow. */
function flowCoverage(tax: Taxonomy, template: Template, flowClaims: Claim[], clause: Claim[]): Array<{ claim: Claim; result: Coverage; flow: number }> {
  return flowClaims
    .filter((c) => !c.exclusive && !c.negated && c.recipient?.type !== 'recipient.public_authority')
    .map((c) => {
      const flow = flowOf(template, c);
      return { claim: c, result: coverage(tax, c, clause), flow: flow ? template.flows.indexOf(flow) : -1 };
    });
}

/** How the clause covers each footer claim: as one of its statements does, or as the clause summarises it. */
function footerCoverage(tax: Taxonomy, footer: Claim[], clause: Claim[]): Coverage[] {
  return footer.map((c) => {
    const result = coverage(tax, c, clause);
    if (result.kind !== 'omitted') return result;
    const by = summarises(tax, c, clause);
    return by ? { kind: 'exact', by } : result;
  });
}

/** The clause's heading: its text before the body (`RenderedClause`: heading, line break, body). */
function headingOf(clause: RenderResult['clause']): string | undefined {
  const at = clause.text.length - clause.body.length - 1;
  return at >= 0 && clause.text.charAt(at) === '\n' && clause.text.endsWith(clause.body) ? clause.text.slice(0, at) : undefined;
}

export function runRules(
  scope: 'template' | 'render',
  base: { template: Template; catalog: Catalog; org: Organization; region?: RegionProfile; locale?: string; loc?: Localizer; render?: RenderResult; uses?: ProjectUses },
  options: RunOptions,
): Finding[] {
  const { template, catalog, render, loc } = base;
  const findings: Finding[] = [];
  const names = recipientNames(template);
  const verbatim = scope === 'render' ? verbatimTexts(template, base.org) : [];
  let ctx: Omit<RuleContext, 'report'>;
  if (scope === 'render' && render && loc) {
    const localeData = loc.data;
    // What disclose wrote in its shipped wording is taken from the renderer's record; approved
    // wording, hand-written footers and texts that quote ambiguously are read back.
    const recorded = !options.readBack && saysWhatItRecorded(catalog, loc, template, base.org, render, names, verbatim);
    const ownFooter = render.footer.variant === 'own';
    const review = reviewOf(render, localeData, catalog.taxonomy);
    const flowClaims = review?.flowClaims ?? uniqueClaims(render.clause.claims);
    const footerRead = recorded && !ownFooter ? saidRead(render.footer.text, uniqueClaims(render.footer.claims), render.footer.said, localeData, render.footer.references) : readClaims(render.footer.text, localeData, { names });
    // The body's phrases are the cell's; the heading's, the template's (where it has any, the whole text is read).
    const heading = review && recorded ? headingOf(render.clause) : undefined;
    const phrases = review && heading !== undefined ? phrasesUnderHeading(heading, (review.bodyPhrases ??= textPhrases(render.clause.body, localeData)), localeData) : undefined;
    const generatedClause = recorded ? saidRead(render.clause.text, flowClaims, render.clause.said, localeData, undefined, phrases) : readClaims(render.clause.text, localeData, { names, verbatim });
    const generatedFooter = footerRead;
    const policy = options.policy;
    // The generated clause reviewed from its record says the cell's claims: their coverage is the cell's too.
    const shared = review && recorded && !policy ? review : undefined;
    const clauseText = policy ? policy.text : render.clause.text;
    // A policy people wrote is read with their words too (reader.yaml `policy`); disclose's own text never is.
    const clauseRead = policy ? readClaims(policy.text, policy.locale ?? localeData, policy.document ? { names: policyNames(template, names, base.org, base.region), verbatim, policy: true, channels: messengerNames(template), ...(policy.document.terms?.length ? { terms: policy.document.terms } : {}) } : { names, verbatim }) : generatedClause;
    const clausePos = (offset: number): SourcePos => (policy ? policy.posAt(offset) : template.positions['clause'] ?? template.positions['flows']!);
    let cached: CoverageItem[] | undefined;
    const footerPos = template.positions['footer.value'] ?? template.positions['body']!;
    ctx = {
      ...base,
      footerRead,
      clauseText,
      clauseRead,
      policy,
      policyMissing: options.policyMissing,
      flowClaims,
      generatedRead: { footer: generatedFooter, clause: generatedClause },
      clausePos,
      coverage() {
        if (cached) return cached;
        const tax = catalog.taxonomy;
        const items: CoverageItem[] = [];
        const flows = shared ? (shared.flows ??= flowCoverage(tax, template, flowClaims, clauseRead.claims)) : flowCoverage(tax, template, flowClaims, clauseRead.claims);
        for (const { claim, result, flow: index } of flows) {
          // Where the finding is: the flow in the template's own file.
          const flow = index >= 0 ? template.flows[index] : undefined;
          items.push(new Covered(claim, 'flow', flow?.pos ?? template.positions['flows']!, result, clauseRead, flow?.id));
        }
        let footer = shared && !ownFooter ? shared.footers.get(render.footer.variant) : undefined;
        if (!footer || footer.length !== footerRead.claims.length) {
          footer = footerCoverage(tax, footerRead.claims, clauseRead.claims);
          if (shared && !ownFooter) shared.footers.set(render.footer.variant, footer);
        }
        footerRead.claims.forEach((c, i) => items.push(new Covered(c, 'footer', footerPos, footer![i]!, clauseRead)));
        cached = items;
        return items;
      },
    };
  } else {
    ctx = { ...base, clausePos: () => template.positions['id']! };
  }
  // One context for every rule, its report pointed at the rule that runs (rules run one at a time
  // and keep nothing of the context).
  const ruleCtx: RuleContext = { ...ctx, ...(options.asOf ? { asOf: options.asOf } : {}), report: () => undefined };
  for (const rule of options.rules) {
    if (rule.meta.scope !== scope) continue;
    const severity = severityOf(rule, base.region, options.severity);
    if (severity === 'off') continue;
    const report: RuleContext['report'] = (r) => {
      const pos = r.pos ?? template.positions['id'] ?? { file: template.file, line: 1, column: 1 };
      const data = r.data ?? {};
      findings.push({
        ruleId: rule.meta.id,
        severity: r.severity && severity === rule.meta.severity ? r.severity : severity,
        messageId: r.messageId,
        message: formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, data),
        data,
        file: pos.file,
        line: pos.line,
        column: pos.column,
        template: template.id,
        ...(base.region ? { region: base.region.id } : {}),
        ...(base.locale ? { locale: base.locale } : {}),
        ...(r.fix ? { fix: r.fix } : {}),
      });
    };
    ruleCtx.report = report;
    rule.check(ruleCtx);
  }
  return findings;
}
