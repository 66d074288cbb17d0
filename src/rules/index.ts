/** Every rule disclose ships, by id. One module per rule; docs in docs/rules/<id>.md. */
import type { Rule } from '../check/rule.js';
import { rule as clauseReferenceMismatch } from './clause-reference-mismatch.js';
import { rule as disclosureIncorrect } from './disclosure-incorrect.js';
import { rule as disclosureOmitted } from './disclosure-omitted.js';
import { rule as disclosureVague } from './disclosure-vague.js';
import { rule as exclusivityContradicted } from './exclusivity-contradicted.js';
import { rule as footerOverflow } from './footer-overflow.js';
import { rule as policyClauseMissing } from './policy-clause-missing.js';
import { rule as regionElementMissing } from './region-element-missing.js';
import { rule as retentionMismatch } from './retention-mismatch.js';
import { rule as storageLocationMismatch } from './storage-location-mismatch.js';
import { rule as transferMechanismMismatch } from './transfer-mechanism-mismatch.js';
import { rule as transferMechanismMissing } from './transfer-mechanism-missing.js';
import { rule as vaguePurpose } from './vague-purpose.js';
import { rule as wordingRoundtrip } from './wording-roundtrip.js';

export const RULES: readonly Rule[] = [
  disclosureOmitted,
  disclosureVague,
  disclosureIncorrect,
  exclusivityContradicted,
  retentionMismatch,
  storageLocationMismatch,
  transferMechanismMismatch,
  transferMechanismMissing,
  clauseReferenceMismatch,
  regionElementMissing,
  policyClauseMissing,
  vaguePurpose,
  footerOverflow,
  wordingRoundtrip,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
