/** Every rule disclose ships, by id. One module per rule; docs in docs/rules/<id>.md. */
import type { Rule } from '../check/rule.js';
import { rule as clauseReferenceMismatch } from './clause-reference-mismatch.js';
import { rule as disclosureIncorrect } from './disclosure-incorrect.js';
import { rule as disclosureOmitted } from './disclosure-omitted.js';
import { rule as disclosureVague } from './disclosure-vague.js';
import { rule as disclosureAmbiguous } from './disclosure-ambiguous.js';
import { rule as disclosureClear } from './disclosure-clear.js';
import { rule as policyUnreadable } from './policy-unreadable.js';
import { rule as exclusivityContradicted } from './exclusivity-contradicted.js';
import { rule as exclusiveDeclarationContradicted } from './exclusive-declaration-contradicted.js';
import { rule as footerOverflow } from './footer-overflow.js';
import { rule as footerNotAllowed } from './footer-not-allowed.js';
import { rule as policyClauseMissing } from './policy-clause-missing.js';
import { rule as regionElementMissing } from './region-element-missing.js';
import { rule as retentionMismatch } from './retention-mismatch.js';
import { rule as storageLocationMismatch } from './storage-location-mismatch.js';
import { rule as transferMechanismMismatch } from './transfer-mechanism-mismatch.js';
import { rule as transferMechanismMissing } from './transfer-mechanism-missing.js';
import { rule as transferMechanismInvalid } from './transfer-mechanism-invalid.js';
import { rule as dpfListCheck } from './dpf-list-check.js';
import { rule as recipientContactMissing } from './recipient-contact-missing.js';
import { rule as saleUndeclared } from './sale-undeclared.js';
import { rule as ccpaOptOutLink } from './ccpa-opt-out-link.js';
import { rule as recipientMethodMissing } from './recipient-method-missing.js';
import { rule as legitimateInterestMissing } from './legitimate-interest-missing.js';
import { rule as legalBasisUnavailable } from './legal-basis-unavailable.js';
import { rule as sensitiveConditionMissing } from './sensitive-condition-missing.js';
import { rule as requirementProvisionMissing } from './requirement-provision-missing.js';
import { rule as vaguePurpose } from './vague-purpose.js';
import { rule as wordingRoundtrip } from './wording-roundtrip.js';
import { rule as templateLength } from './template-length.js';
import { rule as templateWhitespace } from './template-whitespace.js';
import { rule as templateDecorativeSymbols } from './template-decorative-symbols.js';
import { rule as templateLinks } from './template-links.js';
import { rule as templateVariables } from './template-variables.js';
import { rule as templateVariableFormat } from './template-variable-format.js';
import { rule as promotionalWording } from './promotional-wording.js';
import { rule as purposeDescription } from './purpose-description.js';
import { rule as consentRecordFlowMissing } from './consent-record-flow-missing.js';
import { rule as consentEvidence } from './consent-evidence.js';
import { rule as dataProcessingSummary } from './data-processing-summary.js';
import { rule as templateAuthenticationForm } from './template-authentication-form.js';
import { rule as templateCategory } from './template-category.js';
import { rule as templateComponents } from './template-components.js';
import { rule as templateLanguage } from './template-language.js';

export const RULES: readonly Rule[] = [
  disclosureOmitted,
  disclosureVague,
  disclosureIncorrect,
  // A policy people wrote, read as a whole (issue 18): the other two PoliCheck classes.
  disclosureAmbiguous,
  disclosureClear,
  policyUnreadable,
  exclusivityContradicted,
  exclusiveDeclarationContradicted,
  retentionMismatch,
  storageLocationMismatch,
  transferMechanismMismatch,
  transferMechanismMissing,
  transferMechanismInvalid,
  // Review 9 EU9-1: a DPF certification the clause states, with no check of its List entry or an old one.
  dpfListCheck,
  recipientContactMissing,
  saleUndeclared,
  ccpaOptOutLink,
  recipientMethodMissing,
  legitimateInterestMissing,
  legalBasisUnavailable,
  sensitiveConditionMissing,
  requirementProvisionMissing,
  clauseReferenceMismatch,
  regionElementMissing,
  policyClauseMissing,
  vaguePurpose,
  footerOverflow,
  footerNotAllowed,
  wordingRoundtrip,
  // Template lint (issue 4): format and wording before submission, consent and summary per region.
  templateLength,
  templateWhitespace,
  templateDecorativeSymbols,
  templateLinks,
  templateVariables,
  templateVariableFormat,
  promotionalWording,
  // Meta's template rules measured against real templates (issue 19).
  templateAuthenticationForm,
  templateCategory,
  templateComponents,
  templateLanguage,
  purposeDescription,
  consentEvidence,
  // Review 5 CN5-1: a consent record with no flow of the template's own.
  consentRecordFlowMissing,
  dataProcessingSummary,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
