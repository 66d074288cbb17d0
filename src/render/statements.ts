/**
 * Turns declared flows into statements for one region and locale. A statement is one sentence:
 * a wording key, the localized values it interpolates, the claims it makes (what the reader reads
 * back) and what it asserts about whom (party, place, basis, contact, exclusivity), which the
 * soundness test holds against the declared flows. Snippets choose which statements an element
 * writes; the renderer records the claims and assertions of every statement written.
 *
 * Each kind of statement is built by its own module in ./statements/; this one runs them in order:
 * per flow (collection, basis, each recipient's disclosure, storage and transfers, our own storage,
 * retention, sensitive data, exclusivity, requirement), then over all flows (direct collection by
 * recipients, sources, overseas recipients, the authorities, sale denials).
 */
import type { Flow, Organization, RegionProfile, Taxonomy } from '../model/types.js';
import type { Localizer } from './localizer.js';
import { basisStatements } from './statements/basis.js';
import { collectStatement, mergeByPurpose } from './statements/collect.js';
import { flowContext, statementContext } from './statements/context.js';
import { enteredDirectlyStatements } from './statements/entered-directly.js';
import { exclusiveStatement } from './statements/exclusive.js';
import { overseasStatements } from './statements/overseas.js';
import { recipientContext, disclosureStatements } from './statements/recipients.js';
import { recipientStorageStatements } from './statements/recipient-storage.js';
import { requirementStatements } from './statements/requirement.js';
import { retentionStatements } from './statements/retention.js';
import { noSaleStatements } from './statements/sale-denial.js';
import { sensitiveStatements } from './statements/sensitive.js';
import { sourceStatements } from './statements/source.js';
import { ownStorageStatements, recipientTransferStatements } from './statements/transfers.js';
import type { BuildOptions, BuiltStatements } from './statements/types.js';

export type { Assertion, BuildOptions, BuiltStatements, MissingContact, MissingProvision, Party, Statement, StatementSet, UnresolvedTransfer } from './statements/types.js';
export { collectedDirectly } from './statements/context.js';
export { sensitiveItem } from './statements/sensitive.js';
export { exportFilingFor, recipientTransfer } from './statements/transfer-route.js';
export { localText } from './statements/user-text.js';

export function buildStatements(flows: Flow[], region: RegionProfile, tax: Taxonomy, loc: Localizer, org: Organization, options: BuildOptions): BuiltStatements {
  const ctx = statementContext(flows, region, tax, loc, org, options);
  const { s, collectKey, dataList } = ctx;

  for (const flow of flows) {
    const fc = flowContext(ctx, flow);
    collectStatement(ctx, fc);
    basisStatements(ctx, fc);
    for (const r of flow.recipients) {
      const rc = recipientContext(ctx, r);
      disclosureStatements(ctx, fc, rc);
      recipientStorageStatements(ctx, fc, rc);
      recipientTransferStatements(ctx, fc, rc);
    }
    ownStorageStatements(ctx, fc);
    retentionStatements(ctx, fc);
    sensitiveStatements(ctx, fc);
    exclusiveStatement(ctx, fc);
    requirementStatements(ctx, fc);
  }

  enteredDirectlyStatements(ctx);

  // Flows with one purpose (a channel's two flows for carrying the message) are stated together.
  s.collect = mergeByPurpose(s.collect, collectKey, dataList);
  s.requirement = mergeByPurpose(s.requirement, undefined, dataList);

  sourceStatements(ctx);
  overseasStatements(ctx);

  // A clause with data the region counts as sensitive states the disclosure under the region's sensitive-data rule where
  // the region words it apart (`clause.governmentSensitive`; th: s.27 para. 1 lets s.26 data be disclosed without
  // explicit consent only under s.26's own exceptions, not s.24(6); stop 27 clause audit 5).
  s.government.push({
    key: 'clause.government',
    ...(options.sensitive && loc.has('clause.governmentSensitive') ? { words: 'clause.governmentSensitive' } : {}),
    values: {},
    claims: [{ action: 'share', data: 'user', recipient: { type: 'recipient.public_authority' } }],
    // "We may disclose … where the law requires or authorises it": a permission, not an "only" (no exclusivity).
  });

  noSaleStatements(ctx);

  return ctx.built;
}
