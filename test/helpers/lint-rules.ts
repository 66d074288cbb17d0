/** The rules of the template lint (issue 4), told apart from the cross-check rules in tests. */
export const LINT_RULES = new Set([
  'template-length',
  'template-whitespace',
  'template-decorative-symbols',
  'template-links',
  'template-variables',
  'template-variable-format',
  'promotional-wording',
  'template-authentication-form',
  'template-category',
  'template-components',
  'template-language',
  'purpose-description',
  'consent-evidence',
  'data-processing-summary',
]);
