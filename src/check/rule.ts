/**
 * The shape of a rule, after ESLint: metadata (id, docs with the article or platform rule it
 * enforces, default severity, messages) and a `check` function that reports through its context.
 */
import type { Claim } from '../claims/claim.js';
import type { Mention, ReadResult } from '../claims/read-claims.js';
import type { Catalog } from '../load/catalog.js';
import type { LocaleData } from '../load/locales.js';
import type { Organization, RegionProfile, SourcePos, Template } from '../model/types.js';
import type { RenderResult } from '../render/renderer.js';
import type { ProjectUses } from '../render/project-uses.js';
import type { Localizer } from '../render/localizer.js';
import type { Severity } from './finding.js';
import type { Coverage } from '../claims/compare.js';

export interface RuleMeta {
  id: string;
  /** `template`: once per template; `render`: once per template × region × locale. */
  scope: 'template' | 'render';
  description: string;
  /** The article, regulation or platform rule the rule enforces. */
  source: string;
  severity: Severity;
  messages: Record<string, string>;
}

/** A policy clause given by the user (from a policy document), instead of the generated one. */
export interface PolicyClause {
  file: string;
  id: string;
  number: string | undefined;
  text: string;
  /** Position of the clause text's first character in the policy file. */
  pos: SourcePos;
  /** Maps an offset in `text` to a position in the policy file. */
  posAt(offset: number): SourcePos;
  /** Set when the policy has no clause of the template's own: `text` is the whole document, read by sections. */
  document?: DocumentReview;
  /** The locale the policy is read with when it is not the target's: its words folded for a policy typed without diacritics (src/policy/accentless.ts). */
  locale?: LocaleData;
}

/** A policy people wrote, read as a whole (src/policy/sections.ts). */
export interface DocumentReview {
  /** The topic of the section an offset of the text sits in. */
  topicAt(offset: number): string | undefined;
  /** The topic the title of the section an offset sits in (or of a section above it) names. */
  titleTopicAt(offset: number): string | undefined;
  /** The document's text between two offsets of `text`, as written (names unmasked). */
  quote(start: number, end: number): string;
  /** The same, lead-ins included: the reading text between two offsets as the document writes it (names unmasked, marks kept). */
  written(start: number, end: number): string;
  /** Where the own words of the unit an offset sits in start (after the lead-in read before a list item). */
  ownAt(offset: number): number;
  /** Whether an offset of the text is in a heading. */
  isHeading(offset: number): boolean;
  /** The heading of the section where a statement on an aspect belongs, for an omitted one. */
  omittedPos(aspect: string): SourcePos | undefined;
  /** The document's own heading (its first heading; else its first line): where a finding about the whole document points. */
  titlePos: SourcePos;
  /** The template's clause number names a section about something else. */
  unrelated?: { number: string; title: string; pos: SourcePos };
  /** The template's clause number names nothing in the policy. */
  missingNumber?: string;
  /** Parts of the document that could not be read. */
  unread?: Array<{ pos: SourcePos; what: string; chars: number }>;
  /** Terms the document defines and uses ("Order data — your name, …"), read as what they name (src/policy/definitions.ts). */
  terms?: ReadonlyArray<{ term: string; entries: ReadonlyArray<{ kind: Mention['kind']; value: string }> }>;
}

export interface Report {
  messageId: string;
  data?: Record<string, unknown>;
  pos?: SourcePos;
  fix?: string;
  severity?: Severity;
}

/** How the reviewed clause covers one claim of the flows or the footer. */
export interface CoverageItem {
  claim: Claim;
  source: 'flow' | 'footer';
  flow?: string;
  /** Where the claim was declared (a flow in the template, or the footer). */
  pos: SourcePos;
  result: Coverage;
  /** Offset in the reviewed clause of the statement that covers it, when one does. */
  offset: number;
}

export interface RuleContext {
  template: Template;
  catalog: Catalog;
  org: Organization;
  region?: RegionProfile;
  locale?: string;
  loc?: Localizer;
  render?: RenderResult;
  /** Every use of data in the project (all templates and channel flows), for project-wide checks such as "only". */
  uses?: ProjectUses;
  /** What the footer says (generated or the template's own), read back. */
  footerRead?: ReadResult;
  /** The clause under review: the policy's when one is given, else the generated one. */
  clauseText?: string;
  clauseRead?: ReadResult;
  policy?: PolicyClause;
  /** Set when a policy document was given but has no clause for this template. */
  policyMissing?: { file: string };
  /** The claims the declared flows make (the generated clause's recorded claims). */
  flowClaims?: Claim[];
  /** Where a claim of the reviewed clause sits (the policy file, or the template). */
  clausePos(offset: number): SourcePos;
  /** The generated footer and clause read back (always, also when a policy clause is reviewed). */
  generatedRead?: { footer: ReadResult; clause: ReadResult };
  /** Coverage of every flow and footer claim by the reviewed clause (computed once). */
  coverage?(): CoverageItem[];
  /** The date rules that depend on the day check as of (YYYY-MM-DD): the project's; rules fall back to src/check/as-of.ts. */
  asOf?: string;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Fills `{{name}}` placeholders of a rule message. */
export function formatMessage(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => (data[k] === undefined ? `{{${k}}}` : String(data[k])));
}
