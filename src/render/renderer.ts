/**
 * Renders, for one template, region and locale, the footer that goes into the message and the
 * privacy-policy clause that matches it, and records the claims each one makes.
 */
import type { Claim } from '../claims/claim.js';
import type { Catalog } from '../load/catalog.js';
import { orgField } from '../load/organization.js';
import type { ChannelProfile, Contact, Organization, Recipient, RegionProfile, Template } from '../model/types.js';
import { groupKey } from '../load/taxonomy.js';
import { intlNames } from '../load/intl-names.js';
import { basisIn, computeFacts, effectiveFlows, holds, isOutside, isSensitive, type Facts } from './facts.js';
import { SnippetEnvironment, type FooterGroup, type Said } from './handlebars-env.js';
import { APPOSITION, Localizer } from './localizer.js';
import { regionLocalizer } from './region-wording.js';
import { oneLine } from './one-line.js';
import { clauseNamedGroups, footerRefusal } from './footer-region.js';
import { regionStatements } from './region-statements.js';
import { characterCount, smsLength } from './message-length.js';
import { buildStatements, collectedDirectly, sensitiveItem, type Assertion, type MissingContact, type MissingProvision, type Statement, type StatementSet, type UnresolvedTransfer } from './statements.js';
import type { ProjectUses } from './project-uses.js';
import { elementCitation, elementTextCitation, formatCitation, mergeCitations, rightsCitation, withdrawalPhrase, type LegalSource } from './citation.js';
import { purposeSensitive, purposeSensitiveItems, sensitiveElementCitation, sensitiveSentenceCitation } from './sensitive-purpose.js';
import { citedFor } from './cite-when.js';
import { consentRecords } from '../model/consent-records.js';
import { flowShape, type FlowShape } from './flow-shape.js';
import { dpfCheckLine, uniqueStated, type DpfStated } from './dpf-list.js';

declare module '../model/types.js' {
  interface Contact {
    /** The name as registered or written in a locale's own script, by locale (zh-CN; review CN-12). */
    localNames?: Record<string, string>;
    /** The controller's country and city as a locale writes them (zh-CN 德国柏林; review CN-12). */
    localPlace?: Record<string, string>;
  }
  interface ChannelProfile {
    /** The reply keyword a template's "reply STOP" names on the channel (`default`); other keywords are the organization's `replyKeywords`. */
    stopKeywords?: Record<string, string[]>;
  }
}

/** The wording of California's opt-out link line, by the link's title (the alternative ones are regions/california.yaml wording). */
const OPT_OUT_KEYS = { do_not_sell: 'clause.optOut', your_privacy_choices: 'clause.optOutPrivacyChoices', your_california_privacy_choices: 'clause.optOutCaliforniaPrivacyChoices' } as const;

/** Transfer safeguards a person can obtain a copy of (GDPR Art. 46, 47), in the order they are named. */
const SAFEGUARDS_WITH_COPY = ['scc', 'bcr', 'certification'] as const;

/** The mechanisms with a copy to obtain that the clause's transfer sentences state. */
function safeguardMechanisms(statements: StatementSet): Array<(typeof SAFEGUARDS_WITH_COPY)[number]> {
  const stated = new Set(statements.transfer.flatMap((s) => s.claims.map((c) => c.mechanism)));
  return SAFEGUARDS_WITH_COPY.filter((m) => stated.has(m));
}

export const FOOTER_VARIANTS = ['full', 'no_names', 'grouped', 'reference_link', 'reference'] as const;
/** `none`: the channel takes no footer text of ours for the template's category (channel footer.notAllowedFor). */
export type FooterVariant = (typeof FOOTER_VARIANTS)[number] | 'own' | 'none';

/** A sentence the renderer wrote that makes claims, placed in its text: [start, end) are offsets of `text` in the footer or clause. */
export interface SaidSentence extends Said {
  start: number;
  end: number;
}

export interface RenderedFooter {
  text: string;
  variant: FooterVariant;
  /** Length in the channel's unit (characters, or SMS segments). */
  length: number;
  limit: number | undefined;
  unit: 'characters' | 'segments';
  fits: boolean;
  claims: Claim[];
  /** The sentences that make the claims, where they are in `text` (none for the template's own footer: that is read back). */
  said: SaidSentence[];
  /**
   * The clause reference the renderer wrote into `text` ("Privacy §5.2"): its number and where it starts, as
   * the reader finds it (src/claims/clause-references.ts). Absent where the footer is read back instead: the
   * template's own footer, and a reference that is not in the text exactly once.
   */
  references?: Array<{ number: string; start: number }>;
}

export interface ElementOutcome {
  id: string;
  /** The article in English (findings are in English). */
  article: string;
  /** The article as cited in the text's own language. */
  citation: string;
  /** Official text, heading and date checked of the provision. */
  source?: LegalSource;
  /** Where the law is unsettled for this element: shown to the reviewer. */
  unsettled?: string;
  /**
   * The profile's notes (`unsettled: { <key>: … }`) on what this element states, where the law is unsettled
   * for it: `mechanism.<m>` on the transfer element for a mechanism the clause states, `basis.<b>` and
   * `purpose.<p>` on the purposes element for a basis or purpose of its flows, any other key on the rights
   * element. Shown to the reviewer with the element's own note (review 5 X3: SG-4, SG-6 reached neither
   * render nor the pack). `article`: the provisions the note is about, in English.
   */
  notes?: Array<{ key: string; article: string; note: string }>;
  snippet: string;
  /** Written into the clause. */
  written: boolean;
  /** Organization fields the element needed but did not find. */
  missing: string[];
}

export interface RenderedClause {
  id: string;
  number: string | undefined;
  title: string;
  /** Heading line and body. */
  text: string;
  /** The body alone (what a policy document's managed block holds under its own heading). */
  body: string;
  claims: Claim[];
  /** The sentences that make the claims, where they are in `text` (each line once, as `text` keeps it). */
  said: SaidSentence[];
  /** What each written sentence asserts about whom (party, place, basis, contact, "only"). */
  assertions: Assertion[];
  elements: ElementOutcome[];
  companions: Array<{ locale: string; text: string }>;
}

export interface RenderResult {
  template: string;
  region: string;
  locale: string;
  channel: string;
  footer: RenderedFooter;
  clause: RenderedClause;
  facts: Facts;
  unresolvedTransfers: UnresolvedTransfer[];
  /** Recipients outside the region without a contact of their own, where the region asks for one. */
  missingContacts: MissingContact[];
  /** Flows on legitimate interests that do not name the interest. */
  missingInterests: string[];
  /** Flows with special categories and no GDPR Art. 9(2) condition. */
  missingConditions: string[];
  /** Legal-obligation flows that leave the person's duty to provide, or its consequence, undeclared (where the region states the requirement element). */
  missingProvisions: MissingProvision[];
  /**
   * Recipients processing for their own purposes whose processing method the region's recipient list
   * must state (PIPL Art. 23, 39) and which declare none in the locale (`processingMethod`).
   */
  missingMethods: MissingContact[];
  /**
   * The organisations whose certification under the EU-U.S. Data Privacy Framework the clause states, each once, with
   * when their DPF List entry was checked as the data record it (rule dpf-list-check; review 9 EU9-1).
   */
  dpfStated: DpfStated[];
}

export interface RenderOptions {
  /** Clause number read from a policy document; wins over the template's own. */
  clauseNumber?: string;
  /** Reads a hand-written footer back into claims (injected to keep render free of the reader). */
  readFooter?: (text: string, loc: Localizer, template: Template) => Claim[];
  /** Every use of data in the project (all templates and channel flows); the template's own when absent. */
  uses?: ProjectUses;
}

/** A clause's body, before its heading: offsets of `said` are in `body`. */
interface ClauseBody {
  body: string;
  claims: Claim[];
  said: SaidSentence[];
  assertions: Assertion[];
  elements: ElementOutcome[];
}

/**
 * What one flow shape makes in a region, locale and organization (see `Renderer.shaped`): made from the
 * shape alone, never from the template, so every template with the shape can take it.
 */
interface ShapeCell {
  facts: Facts;
  built: ReturnType<typeof buildStatements>;
  body: ClauseBody;
  /** The footer's recipient groups in each variant that lists them (`footerGroups`): the shape's, made on its first footer. */
  footerGroups?: FooterGroupsBy;
}

/** The clause context's values that come from the organization, region, locale and channel alone (`Renderer.orgWords`). */
type OrgWords = { org: Organization; contactEmail: string } & Record<string, unknown>;

/** The recipient groups of the footer variants that list them; undefined where the statements share nothing. */
type FooterGroupsBy = Record<'full' | 'no_names' | 'grouped', FooterGroup[]> | undefined;

/**
 * The shape cell each render's facts, statements and clause body come from (`Renderer.shaped`): one
 * object for every render of a (flow shape, region, locale, organization) the renderer shares, so
 * what is worked out from those alone is keyed by it (src/check/run-rules.ts). Opaque outside.
 */
const cellOfRender = new WeakMap<RenderResult, object>();

export function shapeCellOf(render: RenderResult): object | undefined {
  return cellOfRender.get(render);
}

const SHAPES_LIMIT = 500;
const SEEN_LIMIT = 10_000;

export class Renderer {
  readonly catalog: Catalog;
  readonly env: SnippetEnvironment;
  private readonly localizers = new Map<string, Localizer>();
  /** Per organization, what each flow shape makes in a region and locale (`shaped`), and the cells seen once. */
  private readonly shapes = new WeakMap<Organization, { made: Map<string, ShapeCell>; seen: Set<string> }>();
  /** Per organization, what clauses take from it in each region, locale and channel (`orgWords`). */
  private readonly orgWordsOf = new WeakMap<Organization, Map<string, { loc: Localizer; words: OrgWords }>>();

  /** The project's uses of data, when no render names its own (a Project gives its templates'). */
  private readonly projectUses: (() => ProjectUses | undefined) | undefined;

  constructor(catalog: Catalog, projectUses?: () => ProjectUses | undefined) {
    this.catalog = catalog;
    this.env = new SnippetEnvironment(catalog.snippetDirs);
    this.projectUses = projectUses;
  }

  localizer(lng: string): Localizer {
    let loc = this.localizers.get(lng);
    if (!loc) {
      loc = new Localizer(this.catalog.locale(lng));
      this.localizers.set(lng, loc);
    }
    return loc;
  }

  /** The localizer a render in the region writes with: the locale's, with the region's own words for sentences every region writes (profile `wording:`). */
  localizerFor(lng: string, region: RegionProfile): Localizer {
    return regionLocalizer(this.localizer(lng), region);
  }

  render(template: Template, region: RegionProfile, lng: string, org: Organization, options: RenderOptions = {}): RenderResult {
    const loc = this.localizerFor(lng, region);
    const channel = this.catalog.channels.get(template.channel)!;
    const flows = effectiveFlows(template.flows, org, region);
    const uses = (options.uses ?? this.projectUses?.())?.with(template);
    const shape = flowShape(template);
    const cell = this.shaped(shape, flows, region, loc, org, channel, uses, businessSellsOrShares(region, org, uses));
    const { facts, built, body } = cell;
    const number = options.clauseNumber ?? template.clause.number;
    const clause = this.withHeading(template, loc, number, body, region);
    const companionLocales = region.elements
      .filter((e) => e.detect.companionLocales && holds(e.when, facts, org))
      .flatMap((e) => e.detect.companionLocales!)
      .filter((l, i, all) => l !== lng && all.indexOf(l) === i);
    for (const other of companionLocales) {
      const oloc = this.localizerFor(other, region);
      const ob = buildStatements(flows, region, this.catalog.taxonomy, oloc, org, { separate: template.consent?.separate ?? [], uses, language: template.language, sensitive: facts.sensitive });
      const oc = this.renderClause(template, shape, flows, region, oloc, org, facts, regionStatements(ob.statements, region, oloc, flows, org), channel, number, ob.dpfStated);
      clause.companions.push({ locale: other, text: `${oloc.t('clause.companion', { language: oloc.capitalize(oloc.language(other)) })}\n${oc.text}` });
    }
    // A category whose footer takes no text of ours (WhatsApp authentication): no footer; the notice is
    // the clause's (rule footer-not-allowed says so).
    const noFooter = template.footer === undefined && channel.footer.notAllowedFor?.includes(template.category);
    const footer = template.footer !== undefined ? this.ownFooter(template, channel, loc, options) : noFooter ? this.emptyFooter(channel) : this.renderFooter(loc, org, cell, channel, number, region);
    const result: RenderResult = {
      template: template.id,
      region: region.id,
      locale: lng,
      channel: template.channel,
      footer,
      clause,
      facts,
      unresolvedTransfers: built.unresolvedTransfers,
      missingContacts: region.elements.some((e) => e.snippet === 'overseas_recipients' && holds(e.when, facts, org)) ? built.missingContacts : [],
      missingInterests: built.missingInterests,
      missingConditions: built.missingConditions,
      missingProvisions: region.elements.some((e) => e.snippet === 'requirement' && holds(e.when, facts, org)) ? built.missingProvisions : [],
      missingMethods: region.elements.some((e) => e.snippet === 'recipient_list' && holds(e.when, facts, org)) ? missingMethods(built.statements, flows, lng) : [],
      dpfStated: body.elements.some((e) => TRANSFER_ELEMENTS.has(e.id) && e.written) ? uniqueStated(built.dpfStated) : [],
    };
    cellOfRender.set(result, cell);
    return result;
  }

  /**
   * What a flow shape makes in a region and locale for an organization, whatever the template: the
   * facts, the statements and the clause's body (a `ShapeCell`). It takes the shape, not the template,
   * so it can read nothing a template does not share: made once per (shape, region, locale,
   * organization, whether the business sells or shares) and reused by every template with that
   * shape, so realistic template sets, which draw on a few dozen shapes, build each once.
   * `flows`: the shape's flows as they apply in the region (`effectiveFlows`, a function of the
   * shape's flows, the organization and the region). Flows that say "only" are not shared: whether
   * "only" holds depends on the whole project (`uses`).
   */
  private shaped(shape: FlowShape, flows: Template['flows'], region: RegionProfile, loc: Localizer, org: Organization, channel: ChannelProfile, uses: ProjectUses | undefined, sells: boolean | undefined): ShapeCell {
    // The separate consents the template's consent record lists (PIPL Art. 23, 29, 39): part of the shape.
    const separate = shape.consent?.separate ?? [];
    const make = (): ShapeCell => {
      const facts = computeFacts(flows, region, org, this.catalog.taxonomy, separate, sells);
      const made = buildStatements(flows, region, this.catalog.taxonomy, loc, org, { uses, language: shape.language, separate, sensitive: facts.sensitive });
      // What the region states once (its storage per place; transfers the recipient list carries): review-3 CN3-3.
      const built = { ...made, statements: regionStatements(made.statements, region, loc, flows, org) };
      return { facts, built, body: this.clauseBody(flows, region, loc, org, facts, built.statements, channel, shape, built.dpfStated) };
    };
    if (flows.some((f) => f.exclusive)) return make();
    let shared = this.shapes.get(org);
    if (!shared) this.shapes.set(org, (shared = { made: new Map(), seen: new Set() }));
    // The shape's key holds its channel, language, frequency (Vietnam's advertising sentence), consent
    // record (the account setting where consent is withdrawn; each separate record's switch and flows)
    // and flows. Whether the business sells or shares anywhere (the project's flows; California's
    // opt-out link) is the project's: part of the cell's key.
    const key = `${region.id}\u0000${loc.lng}\u0000${sells === undefined ? '' : sells ? 's' : 'n'}\u0000${shape.key}`;
    let cell = shared.made.get(key);
    if (cell) return cell;
    cell = make();
    // Kept from the second template with the shape on: a set of all-distinct templates shares
    // nothing and keeps nothing but the keys. Both bounded, so memory stays flat.
    if (shared.seen.has(key)) {
      if (shared.made.size >= SHAPES_LIMIT) shared.made.clear();
      shared.made.set(key, cell);
    } else {
      if (shared.seen.size >= SEEN_LIMIT) shared.seen.clear();
      shared.seen.add(key);
    }
    return cell;
  }

  /** The clause: its heading (number and title) over a body. */
  private withHeading(template: Template, loc: Localizer, number: string | undefined, body: ClauseBody, region?: RegionProfile): RenderedClause {
    const title = clauseTitle(template, loc, region);
    const heading = number ? loc.t('clause.heading', { number, title }) : title;
    const at = heading.length + 1;
    return {
      id: template.clause.id,
      number,
      title,
      text: `${heading}\n${body.body}`,
      body: body.body,
      claims: [...body.claims],
      said: body.said.map((s) => ({ ...s, start: s.start + at, end: s.end + at })),
      assertions: body.assertions.map((a) => ({ ...a })),
      elements: body.elements.map((e) => ({ ...e })),
      companions: [],
    };
  }

  private renderClause(
    template: Template,
    shape: FlowShape,
    flows: Template['flows'],
    region: RegionProfile,
    loc: Localizer,
    org: Organization,
    facts: Facts,
    statements: StatementSet,
    channel: ChannelProfile,
    number: string | undefined,
    dpfStated: readonly DpfStated[],
  ): RenderedClause {
    return this.withHeading(template, loc, number, this.clauseBody(flows, region, loc, org, facts, statements, channel, shape, dpfStated), region);
  }

  /** The clause's lines under its heading: every element the region requires for these flows (what the shape makes: no template). */
  private clauseBody(flows: Template['flows'], region: RegionProfile, loc: Localizer, org: Organization, facts: Facts, statements: StatementSet, channel: ChannelProfile, shape: FlowShape, dpfStated: readonly DpfStated[]): ClauseBody {
    const claims: Claim[] = [];
    const said: Said[] = [];
    const scope = { loc, claims, said };
    const base = this.clauseContext(flows, region, loc, org, facts, statements, channel);
    const context = { ...base, frequency: frequencyPhrase(shape, loc), recipientCollection: recipientCollection(flows, loc), directData: directDataOf(flows, loc), recipientRetention: statements.retain.some((st) => st.key.startsWith('statement.retainRecipient')), ...easyWays(shape, flows, loc, org, channel, base.contactEmail, region.vocabulary) };
    const lines: string[] = [];
    // The sentences written on each line, with their column in it.
    const lineSaid: Array<Array<{ said: Said; column: number }>> = [];
    const elements: ElementOutcome[] = [];
    const written = new Set<string>();
    // Data sensitive for the purpose they serve (Decree 356 Điều 4 khoản 1 điểm l; review 5 VN3-4).
    const purposeFound = purposeSensitive(region, flows);
    for (const profileElement of region.elements) {
      if (!holds(profileElement.when, facts, org)) continue;
      // A provision the element cites only where the clause has its case (citeWhen: Decree 356 Điều 6
      // khoản 4 only where sensitive data rest on consent; review 7 VN7-1).
      const el = citedFor(profileElement, flows, region, this.catalog.taxonomy);
      // `template.<field>`: a field of the template (its frequency); else a field of the organization.
      const missing = el.needs.filter((f) => (f.startsWith('template.') ? templateField(shape, f) : orgField(org, f)) === undefined);
      const unsettled = elementUnsettled(el, flows, region);
      const outcome: ElementOutcome = { id: el.id, article: el.article, citation: (el.id === 'sensitive_data' ? sensitiveElementCitation(region, el, facts.sensitiveData, purposeFound, loc.lng) : undefined) ?? elementCitation(el, loc.lng), ...(el.source ? { source: el.source } : {}), ...(unsettled ? { unsettled } : {}), snippet: el.snippet, written: false, missing };
      elements.push(outcome);
      if (missing.length) continue;
      if (written.has(el.snippet)) {
        outcome.written = true;
        continue;
      }
      written.add(el.snippet);
      // Each element's snippet cites its own article, in the text's language ({{article}}); the
      // sensitive-data sentence cites the provision that lists each category it names (sensitiveArticles).
      // The separate-consent sentence cites the consents it states, and only those (review N1).
      const article =
        (el.id === 'sensitive_data' ? sensitiveSentenceCitation(region, el, facts.sensitiveData, purposeFound, loc.lng) : undefined) ??
        (el.snippet === 'separate_consent' ? separateConsentCitation(region, facts, loc.lng) : undefined) ??
        elementTextCitation(el, loc.lng);
      const from = said.length;
      const out = this.env.render(`clause/${el.snippet}`, { ...context, article }, scope);
      const produced = out.split('\n').map((l) => l.split(APPOSITION).join('').trim()).filter(Boolean);
      lines.push(...produced);
      lineSaid.push(...placeOnLines(produced, said.slice(from)));
      outcome.written = produced.length > 0 || el.detect.companionLocales !== undefined;
    }
    const kept = dedupeLines(lines);
    // Offsets in the body: the lines kept (a repeated line is kept once).
    const placed: SaidSentence[] = [];
    const seen = new Set<string>();
    let at = 0;
    lines.forEach((line, i) => {
      if (seen.has(line)) return;
      seen.add(line);
      for (const { said: s, column } of lineSaid[i]!) placed.push({ ...s, start: at + column, end: at + column + s.text.length });
      at += line.length + 1;
    });
    attachProfileNotes(elements, region, facts, claims, loc.lng, flows, dpfStated);
    return { body: kept.join('\n'), claims, said: placed, assertions: assertionsIn(kept, statements, loc), elements };
  }

  private clauseContext(flows: Template['flows'], region: RegionProfile, loc: Localizer, org: Organization, facts: Facts, statements: StatementSet, channel: ChannelProfile): { contactEmail: string } & Record<string, unknown> {
    const tax = this.catalog.taxonomy;
    const dataList = (keys: string[]) => loc.list(keys.map((k) => loc.label('data', k)));
    const allData = [...new Set(flows.flatMap((f) => f.data))];
    const byCcpa = new Map<string, string[]>();
    for (const d of allData) {
      const cat = tax.data.get(d)?.ccpa ?? 'identifiers';
      byCcpa.set(cat, [...(byCcpa.get(cat) ?? []), d]);
    }
    // Sensitive personal information that is so only with other data (§1798.140(ae)(1)(B)) is named
    // with it: "account log-in credentials (your phone number with the one-time passcode)" (review CA-9).
    const ccpaItem = (d: string) => {
      const along = (tax.data.get(d)?.ccpaWith ?? []).filter((w) => allData.includes(w));
      return along.length ? loc.t('clause.ccpaCombination', { data: dataList(along), label: loc.label('data', d) }) : loc.label('data', d);
    };
    const ccpaCategories = [...byCcpa.entries()]
      .map(([cat, ds]) => loc.t('clause.ccpaCategory', { category: loc.t(`ccpa.${cat}`), data: loc.list(ds.map(ccpaItem)) }))
      .join('; ');
    const sensitivePurposes: Array<{ data: string; purpose: string }> = [];
    for (const f of flows) {
      const sens = f.data.filter((d) => isSensitive(tax, region, d));
      if (sens.length) sensitivePurposes.push({ data: dataList(sens), purpose: loc.label('purpose', f.purpose, region.vocabulary) });
    }
    return {
      ...this.orgWords(region, loc, org, channel),
      statements,
      facts,
      // With the reply keywords the organization declares its handling accepts in the reader's locale
      // (review CN-10), else the channel's default: a keyword is a fact of the business, not the channel's.
      withdrawal: ((w) => (w === undefined ? undefined : withdrawalPhrase(w, loc.lng, org.replyKeywords?.[loc.lng] ?? channel.stopKeywords?.['default'])))(flows.find((f) => f.consent?.withdrawal)?.consent?.withdrawal),
      ccpaCategories,
      // Under the CCPA, a datum sensitive only with others is named with them (review 3 CA-m1).
      // Data sensitive for what they are used for follow, with that use (review 5 VN3-4).
      sensitiveData: ((items: string[]) => (items.length ? loc.list(items) : undefined))([...facts.sensitiveData.map((d) => sensitiveItem(tax, region, loc, d, allData)), ...purposeSensitiveItems(purposeSensitive(region, flows), loc)]),
      sensitivePurposes,
      // What the separate consents stated are for (PIPL Art. 23, 29, 39; review N1).
      separateConsentActs: separateConsentActs(facts, loc),
      // The clause's purposes as one list (the scope of the processing: PH IRR s.34(a)(2)(d), review-3 PH-2).
      purposeList: loc.list([...new Set(flows.map((f) => loc.label('purpose', f.purpose, region.vocabulary)))]),
      // Vietnam, Law 91/2025/QH15 Điều 28 khoản 8 điểm b: the advertising partner whose sharing the person may refuse (review-3 VN3-2).
      adPartner: advertisingPartner(flows, loc),
      // 《网络数据安全管理条例》第二十一条第二款: the recipients as one numbered list, each with its contact (review E28).
      // Each row with the recipient's processing method (PIPL Art. 23, 39; 条例 21(2); review CN3-1).
      recipientList: statements.share.map((st, i) => ({ st, n: String(i + 1), method: recipientMethod(st, flows, loc), contact: recipientContact(st, flows) })),
      // GDPR Art. 13(1)(f): for safeguards under Art. 46/47, how to obtain a copy of them, naming the
      // document ("the standard contractual clauses"; review 3 EU-m13).
      safeguardCopy: safeguardMechanisms(statements).length > 0,
      safeguardDocument: loc.list(safeguardMechanisms(statements).map((m) => loc.t(`safeguardDocument.${m}`))),
    };
  }

  /**
   * What the clause's context takes from the organization, the region, the locale and the channel alone
   * (contacts, addresses and names as the locale writes them, the rights' and authority's words): the same
   * for every clause of an organization in a region, locale and channel, so made once for them
   * (`orgWordsOf`) instead of on every render. Nothing here reads a flow or a template.
   */
  private orgWords(region: RegionProfile, loc: Localizer, org: Organization, channel: ChannelProfile): OrgWords {
    let byTarget = this.orgWordsOf.get(org);
    if (!byTarget) this.orgWordsOf.set(org, (byTarget = new Map()));
    // The localizer is the region's view of the locale (regionLocalizer): one object per region and locale.
    const key = `${region.id}\u0000${loc.lng}\u0000${channel.id}`;
    const hit = byTarget.get(key);
    if (hit && hit.loc === loc) return hit.words;
    const filing = org.china?.exportFiling;
    const authority = org.supervisoryAuthority ? (org.supervisoryAuthority.url ? `${org.supervisoryAuthority.name} (${org.supervisoryAuthority.url})` : org.supervisoryAuthority.name) : undefined;
    const words: OrgWords = {
      org,
      // Where a region names the contact for its people (China: the personal-information protection
      // officer, PIPL Art. 52), requests go there; else to the DPO, else to the controller.
      contactEmail: (region.contactField ? orgField(org, region.contactField) : undefined) ?? org.dpo?.email ?? org.controller.email,
      rightsKey: `rights.${region.rights}`,
      // The opt-out link under its own title, or the Alternative Opt-out Link's (11 CCR §7015; california.alternativeOptOutLink).
      optOutKey: OPT_OUT_KEYS[org.california?.alternativeOptOutLink ?? 'do_not_sell'],
      rightsArticle: rightsCitation(region, loc.lng),
      authorityName: region.authority ? `${region.authority.name[loc.lng] ?? region.authority.name['en'] ?? Object.values(region.authority.name)[0]}${region.authority.url ? ` (${region.authority.url})` : ''}` : undefined,
      authority,
      filing: filing ? { label: loc.t(`filing.${filing.type}`), number: filing.number } : undefined,
      channelName: loc.t(`channel.${channel.id}`),
      controllerCountry: loc.country(org.controller.country),
      // The address as written, its closing English country name in the text's language (review EU-8);
      // where the organization writes its place in the text's language, that place with the address in brackets (CN-12).
      controllerAddress: localAddress(org, loc),
      // The DPO's place of contact where the organization gives one (Thailand, PDPA s.23(5): place and means of contact; review-3 TH-2).
      dpoAddress: org.dpo?.address ? localPlace(org.dpo.address, loc) : undefined,
      // The Thai representative's address, its closing English country name in the text's language (review 5 TH5-2).
      representativeAddress: ((a) => (a === undefined ? undefined : localPlace(a, loc)))(orgField(org, 'thailand.representative.address')),
      // A registered local name with the name as given in brackets; the officer's name only in the
      // text's script, else the contact alone (PIPL Art. 52(2); review CN-12).
      representativeName: withLocalName(org.china?.representative, loc),
      piOfficerName: officerName(org.china?.piOfficer, loc),
    };
    byTarget.set(key, { loc, words });
    return words;
  }

  /** No footer: the channel takes none of ours for the template's category. */
  private emptyFooter(channel: ChannelProfile): RenderedFooter {
    const segments = channel.footer.maxSegments !== undefined;
    return { text: '', variant: 'none', length: 0, limit: segments ? channel.footer.maxSegments : channel.footer.maxLength, unit: segments ? 'segments' : 'characters', fits: true, claims: [], said: [] };
  }

  /** The footer: the first variant that fits, its clause reference the template's (the rest is the shape cell's). */
  private renderFooter(loc: Localizer, org: Organization, cell: ShapeCell, channel: ChannelProfile, number: string | undefined, region: RegionProfile): RenderedFooter {
    const plainReference = number ? loc.t('footer.reference', { number }) : loc.t('footer.referenceUnnumbered');
    // A way to refuse further messages before the reference, where the region's data asks for one
    // (China, 《广告法》第四十三条第二款: 回复退订拒收; review-3 CN3-8); in the reference variants before the whole text.
    const refusal = footerRefusal(region, cell.facts, org, channel, loc);
    const withRefusal = (text: string) => (refusal ? loc.t('footer.refusalReference', { refusal, reference: text }) : text);
    const reference = withRefusal(plainReference);
    const url = org.shortPolicyUrl ?? org.policyUrl;
    // Who gets what is the shape's: worked out on its first footer, whatever the template's number.
    if (!('footerGroups' in cell)) cell.footerGroups = this.footerGroups(cell.built.statements, region);
    const groups = cell.footerGroups;
    const contexts: Record<(typeof FOOTER_VARIANTS)[number], object | undefined> = {
      full: groups ? { groups: groups.full, reference, url } : undefined,
      no_names: groups ? { groups: groups.no_names, reference, url } : undefined,
      grouped: groups ? { groups: groups.grouped, reference, url } : undefined,
      reference_link: { reference: plainReference, url },
      reference: { reference: plainReference },
    };
    let last: RenderedFooter | undefined;
    for (const variant of FOOTER_VARIANTS) {
      const ctx = contexts[variant];
      if (!ctx) continue;
      const claims: Claim[] = [];
      const said: Said[] = [];
      const rendered = this.env.render(`footer/${variant}`, ctx, { loc, claims, said }).trim();
      const text = variant === 'reference_link' || variant === 'reference' ? withRefusal(rendered) : rendered;
      last = this.measure(text, variant, channel, claims, placeInText(text, said));
      if (last.fits) break;
    }
    return withReference(last!, number, plainReference);
  }

  /** The recipient groups each footer variant lists, from the statements alone (no template: once per shape cell). */
  private footerGroups(statements: StatementSet, region: RegionProfile): FooterGroupsBy {
    const tax = this.catalog.taxonomy;
    // Role-aware (review CN-9): data a processor handles for us (PIPL Art. 21, the statement written as
    // `statement.entrust`) is grouped apart from data provided to a recipient for its own purposes.
    // A messenger's provider (recipient `messenger`) is named by its name alone in the full footer, never "messaging app <company>" (review 3 EU-m12).
    const shares = statements.share.flatMap((s) => s.claims.map((c) => ({ c, entrusted: s.key === 'statement.entrust', provider: s.values['messenger'] !== undefined })));
    const groupsBy = (keyOf: (c: Claim) => { type: string; name?: string }, dataOf: (d: string) => string): FooterGroup[] => {
      const groups = new Map<string, FooterGroup>();
      for (const { c, entrusted, provider } of shares) {
        const who = keyOf(c);
        const k = `${entrusted ? 'E' : ''}|${who.type}|${who.name ?? ''}`;
        const g = groups.get(k) ?? { data: [], recipient: who, ...(entrusted ? { entrusted } : {}), ...(provider && who.name ? { provider } : {}), ...(who.name && c.place ? { place: c.place } : {}) };
        const d = dataOf(c.data);
        if (!g.data.includes(d)) g.data.push(d);
        groups.set(k, g);
      }
      return [...groups.values()];
    };
    // The grouped footer in the clause's data categories, a one-type group by its type (review-3 CN3-5).
    const asClause = region.footer?.groupData === 'clause';
    const typesOf = (g: FooterGroup) => shares.filter(({ c, entrusted }) => entrusted === !!g.entrusted && groupKey(tax, 'recipient', c.recipient!.type!) === g.recipient.type).map(({ c }) => c.recipient!.type!);
    // A group named by a type with narrower types under it is a category of recipients ("prestataires de
    // services"), written in the plural: a region may word it apart (footer.groupCategory; review 5 EU-n6).
    const recipientKeys = [...tax.recipient.keys()];
    const categories = (groups: FooterGroup[]): FooterGroup[] => groups.map((g) => (!g.recipient.name && recipientKeys.some((k) => k.startsWith(`${g.recipient.type}.`)) ? { ...g, category: true } : g));
    if (!shares.length) return undefined;
    return {
      full: groupsBy((c) => ({ type: c.recipient!.type!, ...(c.recipient!.name ? { name: c.recipient!.name } : {}) }), (d) => d),
      no_names: categories(groupsBy((c) => ({ type: c.recipient!.type! }), (d) => d)),
      grouped: categories(asClause ? clauseNamedGroups(groupsBy((c) => ({ type: groupKey(tax, 'recipient', c.recipient!.type!) }), (d) => d), typesOf, (d) => [...tax.data.keys()].indexOf(d)) : groupsBy((c) => ({ type: groupKey(tax, 'recipient', c.recipient!.type!) }), (d) => groupKey(tax, 'data', d))),
    };
  }

  private ownFooter(template: Template, channel: ChannelProfile, loc: Localizer, options: RenderOptions): RenderedFooter {
    const text = template.footer!;
    return this.measure(text, 'own', channel, options.readFooter ? options.readFooter(text, loc, template) : [], []);
  }

  private measure(text: string, variant: FooterVariant, channel: ChannelProfile, claims: Claim[], said: SaidSentence[]): RenderedFooter {
    if (channel.counting === 'sms-segments') {
      const len = smsLength(text);
      const limit = channel.footer.maxSegments;
      return { text, variant, length: len.segments, limit, unit: 'segments', fits: limit === undefined || len.segments <= limit, claims, said };
    }
    const length = characterCount(text);
    const limit = channel.footer.maxLength;
    return { text, variant, length, limit, unit: 'characters', fits: limit === undefined || length <= limit, claims, said };
  }
}

/**
 * The footer with the clause reference the renderer wrote (`RenderedFooter.references`): the reference's
 * text, found once in the footer, with a number as the reader writes it (digits and points).
 */
function withReference(footer: RenderedFooter, number: string | undefined, reference: string): RenderedFooter {
  if (number === undefined || !/^\d+(?:\.\d+)*$/.test(number)) return footer;
  const at = footer.text.indexOf(reference);
  if (at < 0 || footer.text.indexOf(reference, at + 1) >= 0) return footer;
  return { ...footer, references: [{ number, start: at }] };
}

/**
 * The assertions of the statements the clause contains: a statement counts as written when its
 * sentence is one of the clause's lines, or part of one (snippets, ours or approved ones, choose).
 */
function assertionsIn(lines: string[], statements: StatementSet, loc: Localizer): Assertion[] {
  const out: Assertion[] = [];
  const text = lines.join('\n');
  for (const list of Object.values(statements) as Statement[][]) {
    for (const st of list) {
      if (!st.asserts) continue;
      const sentence = loc.t(st.words ?? st.key, st.values);
      if (text.includes(sentence)) out.push({ ...st.asserts, sentence });
    }
  }
  return out;
}

/**
 * Where each sentence written by a snippet sits: on the snippet's output lines, in order, at the
 * first place from the previous one where its text (or the text capitalized by the snippet) starts.
 */
function placeOnLines(lines: string[], said: Said[]): Array<Array<{ said: Said; column: number }>> {
  const out = lines.map((): Array<{ said: Said; column: number }> => []);
  let li = 0;
  let col = 0;
  for (const s of said) {
    for (let l = li; l < lines.length; l++) {
      const at = findFrom(lines[l]!, s.text, l === li ? col : 0);
      if (at < 0) continue;
      out[l]!.push({ said: s, column: at });
      li = l;
      col = at + s.text.length;
      break;
    }
  }
  return out;
}

/** The footer's sentences in its text (one line): `placeOnLines` on that line. */
function placeInText(text: string, said: Said[]): SaidSentence[] {
  return placeOnLines([text], said)[0]!.map(({ said: s, column }) => ({ ...s, start: column, end: column + s.text.length }));
}

/** `text` in `line` from `from`, as written or with its first letter changed in case (a snippet's `capitalize`). */
function findFrom(line: string, text: string, from: number): number {
  const at = line.indexOf(text, from);
  if (at >= 0 || !text) return at;
  const rest = text.slice(1);
  for (let i = line.indexOf(rest, from + 1); i > 0; i = line.indexOf(rest, i + 1)) {
    if (line[i - 1]!.toLowerCase() === text[0]!.toLowerCase()) return i - 1;
  }
  return -1;
}

/** The controller's address with a closing country name written in English ("…, Germany") in the text's language. */
/** An address as written, its closing English country name (", Germany") in the text's language. */
function localPlace(address: string, loc: Localizer): string {
  if (loc.lng === 'en') return address;
  const hit = Object.entries(intlNames('en').countries).find(([, name]) => address.endsWith(`, ${name}`));
  return hit ? `${address.slice(0, -hit[1].length)}${loc.country(hit[0])}` : address;
}

function localAddress(org: Organization, loc: Localizer): string {
  const address = org.controller.address;
  const english = loc.lng === 'en' ? undefined : intlNames('en').countries[org.controller.country];
  const place = org.controller.localPlace?.[loc.lng];
  if (place) return loc.t('clause.withOriginal', { local: place, original: english && address.endsWith(`, ${english}`) ? address.slice(0, -english.length - 2) : address });
  return english && address.endsWith(`, ${english}`) ? `${address.slice(0, -english.length)}${loc.country(org.controller.country)}` : address;
}

/** The provisions of the separate consents the clause states (the region's `consent:` needs with a `cite`), merged. */
function separateConsentCitation(region: RegionProfile, facts: Facts, lng: string): string | undefined {
  const cites = (region.consent ?? []).filter((n) => n.citation && (facts.separateConsents as string[]).includes(n.id.slice('separate_'.length))).map((n) => n.citation!);
  return cites.length ? formatCitation(mergeCitations(cites), lng) : undefined;
}

/**
 * What the separate consents stated are for: handling sensitive data; providing data to another
 * handler, to a recipient abroad, or both (one phrase). Undefined when none is stated.
 */
function separateConsentActs(facts: Facts, loc: Localizer): string | undefined {
  const kinds = facts.separateConsents;
  const acts: string[] = [];
  if (kinds.includes('sensitive')) acts.push(loc.t('separateConsent.sensitive'));
  const other = kinds.includes('third_party');
  const abroad = kinds.includes('cross_border');
  if (other || abroad) acts.push(loc.t(`separateConsent.${other && abroad ? 'thirdPartyCrossBorder' : other ? 'thirdParty' : 'crossBorder'}`));
  if (acts.length === 0) return undefined;
  return acts.length === 1 ? acts[0] : loc.t('separateConsent.either', { first: acts[0]!, second: acts[1]! });
}

/** A party's name with its registered name in the text's language before it, where the organization gives one. */
function withLocalName(party: Contact | undefined, loc: Localizer): string | undefined {
  if (!party?.name) return undefined;
  const local = party.localNames?.[loc.lng];
  return local ? loc.t('clause.withOriginal', { local, original: party.name }) : party.name;
}

/**
 * The advertising partners the template's flows share data with, each as "type name" (vi: đối tác quảng
 * cáo AdReach Media); the type alone where none is named.
 */
function advertisingPartner(flows: Template['flows'], loc: Localizer): string {
  const type = loc.label('recipient', 'recipient.third_party.advertising');
  const names = [...new Set(flows.flatMap((f) => f.recipients).filter((r) => r.type === 'recipient.third_party.advertising' && r.name).map((r) => r.name!))];
  return names.length ? loc.list(names.map((name) => loc.t('statement.recipientNameOnly', { type, name }))) : type;
}

/** A person's name as the text can write it: in the text's script where given, as given in a text in Latin script, else none. */
function officerName(person: Contact | undefined, loc: Localizer): string | undefined {
  const local = person?.localNames?.[loc.lng];
  if (local) return local;
  let script: string | undefined;
  try {
    script = new Intl.Locale(loc.lng).maximize().script;
  } catch {
    script = undefined;
  }
  return script === 'Latn' ? person?.name : undefined;
}

/** The recipient a sharing statement names (its flow's recipient of that type and name). */
function recipientOf(st: Statement, flows: Template['flows']): Recipient | undefined {
  const who = st.claims[0]?.recipient;
  if (!who) return undefined;
  return flows.find((f) => f.id === st.flow)?.recipients.find((r) => r.type === who.type && r.name === who.name);
}

/** The contact point of the recipient a sharing statement names. */
function recipientContact(st: Statement, flows: Template['flows']): string | undefined {
  return recipientOf(st, flows)?.contact;
}

/**
 * The processing method of the recipient a sharing statement names (PIPL Art. 23, 39 处理方式; review
 * CN3-1). An entrusted processor processes on our instructions, only for the flow's purpose (Art. 21):
 * its method follows from the role. A recipient processing for its own purposes declares its own
 * (`processingMethod`, by locale); without one nothing is written (missingMethods reports it).
 */
function recipientMethod(st: Statement, flows: Template['flows'], loc: Localizer): string | undefined {
  if (st.key === 'statement.entrust') return loc.t('clause.recipientMethodEntrusted', { purpose: st.values['purpose'] ?? '', article: st.values['article'] ?? '' });
  const method = recipientOf(st, flows)?.processingMethod?.[loc.lng];
  return method ? loc.t('clause.recipientMethod', { method }) : undefined;
}

/** Recipients in the recipient list that are not entrusted and declare no processing method in the locale. */
function missingMethods(statements: StatementSet, flows: Template['flows'], lng: string): MissingContact[] {
  const out: MissingContact[] = [];
  for (const st of statements.share) {
    if (st.key === 'statement.entrust') continue;
    const r = recipientOf(st, flows);
    if (!r || r.processingMethod?.[lng]) continue;
    const recipient = r.name ?? r.type;
    if (!out.some((m) => m.recipient === recipient && m.flow === st.flow)) out.push({ flow: st.flow!, recipient, place: r.country });
  }
  return out;
}

function dedupeLines(lines: string[]): string[] {
  return lines.filter((l, i) => lines.indexOf(l) === i);
}

/** The template's own title in its language (or the locale's entry of a title map), else the purpose label. */
export function clauseTitle(template: Template, loc: Localizer, region?: Pick<RegionProfile, 'countries'>): string {
  const own = template.clause.title;
  const base = (l: string) => l.split('-')[0]!.toLowerCase();
  // A region of one country reads the title written for the language as that country writes it, where
  // the template gives one (California: en-US "Personalized offers"; review 3 CA-m8), else the language's.
  const variant = region?.countries.length === 1 && !loc.lng.includes('-') ? `${loc.lng}-${region.countries[0]}` : undefined;
  if (variant && own && typeof own === 'object' && Object.hasOwn(own, variant) && own[variant]) return oneLine(own[variant]!);
  if (typeof own === 'string' && base(template.language) === base(loc.lng)) return oneLine(own);
  if (own && typeof own === 'object' && Object.hasOwn(own, loc.lng) && own[loc.lng]) return oneLine(own[loc.lng]!);
  return loc.capitalize(loc.label('purpose', template.flows[0]!.purpose));
}

/**
 * The easy ways to withdraw consent and to object to direct marketing, in the text's language (GDPR
 * Art. 7(3): withdrawing as easy as giving consent; Art. 21(2)-(3); review 3 EU-m1, EU-m2):
 * - replying: the way the flows name ("reply STOP to any reminder"), else, on a channel with stop
 *   keywords, replying them ("reply STOP"): the organization's reply keywords for the locale, else the
 *   channel's default;
 * - the account setting where consent was given, where the template names it in this locale (`consent.setting`);
 * - writing to our contact.
 * `withdrawHow` joins all three with "or", `objectHow` the reply and the e-mail.
 */
function easyWays(shape: Pick<FlowShape, 'flows' | 'consent'>, flows: Template['flows'], loc: Localizer, org: Organization, channel: ChannelProfile, email: string, vocabulary?: string): { withdrawHow: string; objectHow: string } {
  const keywords = org.replyKeywords?.[loc.lng] ?? channel.stopKeywords?.['default'];
  // "You can withdraw your consent (reply STOP …)" speaks of every consent the clause names: a reply is given
  // as the way only where each of the template's own consent flows (not the channel's implied ones, which
  // carry the message and end with it) declares that same reply, or none declares
  // one and the channel has stop keywords; where they declare different ways (or some none), no reply is said
  // to end them all (review 5 EU-n7: the separate consent to AdReach's sharing, GDPR Art. 7(3)).
  const routes = new Set(shape.flows.filter((f) => f.legalBasis === 'consent' && !f.implied).map((f) => f.consent?.withdrawal));
  const declared = routes.size === 1 ? [...routes][0] : undefined;
  const text = declared ?? (routes.size <= 1 && keywords?.length ? 'reply STOP' : undefined);
  const reply = text === undefined ? undefined : withdrawalPhrase(text, loc.lng, keywords);
  const setting = shape.consent?.setting?.[loc.lng];
  const byMail = loc.t('withdrawal.email', { email });
  // Three ways or more: as the region writes a list of alternative actions (`withdrawal.next` joins all but
  // the last, `withdrawal.either` adds the last: "回复…，关闭…，或者发送…", review 6 CN6-5: the 顿号 of
  // Intl's zh list joins coordinate words, not verb phrases); else the locale's disjunctive list.
  const either = (ways: string[]): string =>
    ways.length === 1
      ? ways[0]!
      : ways.length === 2
        ? loc.t('withdrawal.either', { first: ways[0]!, second: ways[1]! })
        : loc.has('withdrawal.next')
          ? loc.t('withdrawal.either', { first: ways.slice(0, -1).reduce((first, second) => loc.t('withdrawal.next', { first, second })), second: ways[ways.length - 1]! })
          : new Intl.ListFormat(loc.lng, { type: 'disjunction' }).format(ways);
  const replies = reply === undefined ? [] : [reply];
  // Several consents with their own boxes and switches (consent.separateRecords; review 7 EU7-1, EU7-2): each
  // way says what it withdraws, by purpose: the reply every consent flow declares withdraws them all, each
  // switch the consent of its own record ("reply STOP to withdraw your consent for marketing messages and
  // personalised advertising; switch off “WhatsApp offers” … to withdraw it for marketing messages; …"),
  // where the locale has the words for it and names at least one record's switch (without a switch of its own
  // every way ends every consent, which the plain sentence says; zh-CN, ms, id, th and vi have the words since
  // every locale must have every key, and their sentences stay as reviewed); else the ways are listed as for one consent.
  const records = consentRecords(shape);
  if (records.length > 1 && loc.has('withdrawal.replyEnds') && records.some(({ record, flows: covered }) => record.setting?.[loc.lng] && covered.length)) {
    const purposes = (fs: readonly Template['flows'][number][]) => {
      const labels = [...new Set(fs.map((f) => f.purpose))].map((p) => loc.t('withdrawal.purposeQuoted', { purpose: loc.label('purpose', p, vocabulary) }));
      return loc.t(labels.length === 1 ? 'withdrawal.purposesOne' : 'withdrawal.purposesMany', { list: loc.list(labels) });
    };
    const all = records.flatMap((r) => r.flows);
    const switches = records.flatMap(({ record, flows: covered }) => {
      const named = record.setting?.[loc.lng];
      return named && covered.length ? [loc.t('withdrawal.settingEnds', { setting: named, purposes: purposes(covered) })] : [];
    });
    const ways = [...(reply === undefined ? [] : [loc.t('withdrawal.replyEnds', { reply, purposes: purposes(all) })]), ...switches, byMail];
    const scoped = ways.length === 1 ? ways[0]! : loc.t('withdrawal.scopedLast', { first: ways.slice(0, -1).reduce((first, second) => loc.t('withdrawal.scopedNext', { first, second })), second: ways[ways.length - 1]! });
    return { withdrawHow: scoped, objectHow: either([...replies, byMail]) };
  }
  return {
    withdrawHow: either([...replies, ...(setting ? [loc.t('withdrawal.setting', { setting })] : []), byMail]),
    objectHow: either([...replies, byMail]),
  };
}

/** A template field an element needs (`template.frequency`): its value, or undefined when the template has none. */
export function templateField(template: Pick<FlowShape, 'frequency'>, path: string): unknown {
  const field = path.slice('template.'.length);
  return field === 'frequency' ? template.frequency : undefined;
}

/**
 * The profile's unsettled notes on what the clause states, each on the element that states it (see
 * `ElementOutcome.notes`): a transfer mechanism the clause's claims name, a legal basis or a purpose of its
 * flows (a purpose note applies to the purpose and those below it: `purpose.marketing` to
 * marketing.communications), a period's starting event (`retention.consent_withdrawal`: the clauses with a flow kept
 * from it) on the retention sentence, any other key (`authority`) on the rights sentence. Only on written elements.
 */
function attachProfileNotes(elements: ElementOutcome[], region: RegionProfile, facts: Facts, claims: readonly Claim[], lng: string, flows: Template['flows'], dpfStated: readonly DpfStated[]): void {
  const table = region.unsettled;
  if (!table) return;
  const on = (id: string) => elements.find((e) => e.id === id && e.written);
  const mechanisms = new Set(claims.flatMap((c) => (c.action === 'transfer' && c.mechanism ? [c.mechanism] : [])));
  const cite = (kind: 'basis' | 'mechanism', k: string) => {
    const c = region.citations?.[kind][k];
    // In the language of the clause's text, as the clause cites (review 7 ID7-1: "Pasal 56 ayat (3) UU PDP").
    return c ? formatCitation(c, lng) : '';
  };
  for (const [key, note] of Object.entries(table)) {
    const dot = key.indexOf('.');
    const kind = dot < 0 ? key : key.slice(0, dot);
    const name = dot < 0 ? '' : key.slice(dot + 1);
    let target: ElementOutcome | undefined;
    let article: string | undefined;
    if (kind === 'mechanism') {
      // The DPF note also where the clause states only a recipient's onward transfer to a certified sub-processor
      // (Meta Platforms, Inc., Stripe, Inc.): every stated certification rests on the List (review 9 EU9-1).
      if (![...mechanisms].some((m) => m === name) && !(name === 'dpf' && dpfStated.length)) continue;
      // The EU's transfer element is transfer_safeguards (review 8 EU8-4: the mechanism.dpf note reached no element).
      target = on('transfer') ?? on('transfer_safeguards');
      article = cite('mechanism', name);
    } else if (kind === 'basis') {
      if (!facts.legalBases.has(name)) continue;
      // china's purposes sentence is purposes_and_methods (stop 27 clause audit 3: the basis note had no element there).
      target = on('purposes') ?? on('purposes_and_methods');
      article = cite('basis', name);
      // Every flow on this basis is a duty under another state's law, stated on the region's
      // foreignObligationBasis: the note is labelled with the basis the clause states, and the one left open
      // (review 8 TH8-3(c), VN8-3: "มาตรา 24 (5) … chosen; มาตรา 24 (6) … open", not s.24(6) alone).
      const on_ = flows.filter((f) => f.legalBasis === name);
      const chosen = on_.length && on_.every((f) => basisIn(f, region) !== name) ? basisIn(on_[0]!, region) : undefined;
      // A profile that words the label itself (Singapore: s.15(1) with s.25(b) chosen, s.13(b) does not apply; review 9 SG9-1(c)).
      const own = region.wording?.['note.foreignObligationLabel']?.['en'];
      if (chosen) article = own ?? `${cite('basis', chosen)} chosen for a legal obligation under another state's law; ${article || name} open`;
    } else if (kind === 'purpose') {
      if (!facts.purposes.some((p) => p === name || p.startsWith(`${name}.`))) continue;
      target = on('purposes');
    } else if (kind === 'retention') {
      // A period that runs from an event (retention.consent_withdrawal: vn's deletion window against Nghị định
      // 356/2025/NĐ-CP khoản 2 Điều 5; stop 27 clause audit, finding 1): only where a flow of the clause keeps data from it.
      if (!flows.some((f) => f.retention?.from === name)) continue;
      target = on('retention') ?? on('retention_period');
    } else target = on('rights');
    if (!target) continue;
    // A purpose's or the profile's note names its provisions itself (Part 9 PDPA 2012): no article of the element's.
    // The DPF note with when the List entry of each organisation whose certification the clause states was checked,
    // from the data (dpfChecked; review 9 EU9-1: an organisation must re-certify every year, GDPR Art. 5(2)).
    const checked = key === 'mechanism.dpf' ? dpfCheckLine(dpfStated) : '';
    (target.notes ??= []).push({ key, article: article ?? '', note: checked ? `${note} ${checked}` : note });
  }
}

/** The template's frequency in the text's language ("tối đa 1 lần mỗi tháng"), or undefined when it declares none. */
function frequencyPhrase(template: Pick<FlowShape, 'frequency'>, loc: Localizer): string | undefined {
  const f = template.frequency;
  return f ? loc.t(`frequency.${f.per}`, { times: String(f.count) }) : undefined;
}

/** The elements that state transfers abroad (a region's transfer sentences go under one of them). */
const TRANSFER_ELEMENTS = new Set(['transfer', 'transfer_safeguards']);
/** The elements that state a recipient's sub-processor abroad, or its onward transfer to it (review EU-2, EU-A, 5 EU-C, TH5-1). */
const SUB_PROCESSOR_ELEMENTS = new Set(['sub_processors', 'sub_processor_storage', 'transfer_safeguards']);
/** The elements that list the categories collected, sensitive ones included (California: 11 CCR §7012(e)(1)). */
const CATEGORY_ELEMENTS = new Set(['categories_collected']);
/** The elements that state retention periods: a recipient's own retention note goes there (review 7 CN7-1). */
const RETENTION_ELEMENTS = new Set(['retention_period', 'retention', 'retention_per_category']);

/**
 * Where the law or the facts are unsettled for an element: the region's note, and, on an element that states
 * sub-processors, what the data record as unconfirmed about each sub-processor abroad in these flows
 * (`subProcessor.unsettled`: Stripe, Inc. behind Stripe Payments Europe; review 5 EU-C), so the reviewer
 * sees the note of the sub-processor the clause names.
 */
function elementUnsettled(el: RegionProfile['elements'][number], flows: Template['flows'], region: RegionProfile): string | undefined {
  // A recipient's own retention (recipient.ownRetention, review 7 CN7-1): what is not confirmed about it, on the
  // region's retention element.
  if (RETENTION_ELEMENTS.has(el.id)) {
    const own = [...new Set(flows.flatMap((f) => f.recipients.flatMap((r) => (r.ownRetention?.unsettled ? [`${r.name ?? r.type}: ${r.ownRetention.unsettled}`] : []))))];
    const all = [...(el.unsettled ? [el.unsettled] : []), ...own];
    return all.length ? all.join(' ') : undefined;
  }
  // Whether a flow's data are sensitive in this region, where the data say it is not settled (sensitive.unsettledIn;
  // review 8 CA8-1), on the element that lists the categories collected.
  if (CATEGORY_ELEMENTS.has(el.id)) {
    const open = [...new Set(flows.flatMap((f) => (f.sensitive?.unsettledIn?.[region.id] ? [f.sensitive.unsettledIn[region.id]!] : [])))];
    const all = [...(el.unsettled ? [el.unsettled] : []), ...open];
    return all.length ? all.join(' ') : undefined;
  }
  if (!SUB_PROCESSOR_ELEMENTS.has(el.id)) return el.unsettled;
  const notes = new Map<string, string>();
  let unnoted = false;
  for (const f of flows) for (const r of f.recipients) {
    const sub = r.subProcessor;
    // Every sub-processor the clause names where it keeps the data, in a region that restricts transfers or
    // not (California: Stripe, Inc.'s own note, not the region's Meta note; review 7 CA7-3).
    if (!sub || !r.storage?.includes(sub.country)) continue;
    // In the region's own terms where the data give a note for it (unsettledIn; review 8 CA8-2).
    const note = sub.unsettledIn?.[region.id] ?? sub.unsettled;
    if (note) notes.set(sub.name, `${sub.name}: ${note}`);
    else unnoted = true;
  }
  // The region's note speaks of the sub-processor the shipped channel data name without a note of their own
  // (Meta Platforms, Inc.); a clause whose every sub-processor carries its own note shows those instead
  // (review 6 VN6-5: no Meta note on a clause that names no Meta entity).
  const regionNote = el.unsettled && (unnoted || notes.size === 0) ? [el.unsettled] : [];
  const all = [...regionNote, ...notes.values()];
  return all.length ? all.join(' ') : undefined;
}

/**
 * The data recipients collect directly from the person (collectedByRecipients.data), for a processing-method line
 * that excepts them from what we collect and store (clause.methodExcept, zh-CN: "除银行卡信息外，我们…"; review 7
 * CN7-2): only in locales that word it.
 */
function directDataOf(flows: Template['flows'], loc: Localizer): string | undefined {
  const data = [...new Set(flows.flatMap((f) => collectedDirectly(f)))];
  return data.length && loc.has('clause.methodExcept') ? loc.list(data.map((d) => loc.label('data', d))) : undefined;
}

/**
 * After the processing-method line (PIPL Art. 17(1)(2)): data the person gives straight to the recipients
 * (flow.collectedByRecipients) do not pass through our systems (review 6 CN6-2). How long the recipients keep
 * them is a retention sentence of its own, in every region (statement.retainRecipientCriteria in
 * statements.ts; review 6 TH6-1, VN6-2, CN6-3). Only data no flow of ours stores; only in locales that word
 * the sentence. Starts with its separator.
 */
function recipientCollection(flows: Template['flows'], loc: Localizer): string | undefined {
  const sep = loc.fullWidth ? '' : ' ';
  const parts: string[] = [];
  for (const f of flows) {
    // The data the flow declares its recipients collect directly (collectedByRecipients.data; review 7 CN7-2).
    const data = collectedDirectly(f);
    if (!data.length) continue;
    const values = { data: loc.list(data.map((d) => loc.label('data', d))), recipient: loc.list(f.recipients.map((r) => r.name ?? loc.label('recipient', r.type, 'definite'))) };
    if (loc.has('statement.collectedByRecipients')) parts.push(loc.t('statement.collectedByRecipients', values));
  }
  return parts.length ? sep + parts.join(sep) : undefined;
}

/**
 * Whether the business sells or shares personal information, for a region whose elements ask
 * (`when: { businessSellsOrShares }`, California's opt-out link in every notice at collection, 11 CCR
 * §7012(e)): the organization's declaration, else any flow of the project (a template's own flows are
 * looked at first, so the project's list is loaded only when they neither sell nor share). Undefined
 * for a region that does not ask: its facts take the template's own flows, and nothing is loaded.
 */
function businessSellsOrShares(region: RegionProfile, org: Organization, uses: ProjectUses | undefined): boolean | undefined {
  if (!region.elements.some((e) => e.when.businessSellsOrShares !== undefined)) return undefined;
  if (org.california?.sellsOrShares === true) return true;
  return uses ? uses.sellerOf() !== undefined : undefined;
}
