/**
 * The placeholders of Meta's template text: `{{1}}`, `{{2}}` … or lowercase names. Anything else
 * between double braces (`{{#each x}}`, `{{> p}}`, `{{a.b}}`, `{{ }}`) is no parameter to Meta and
 * is carried as text, both ways; the lint reports it in a template.
 */
import { findPlaceholders, VALID_NAME, type Placeholder } from '../lint/placeholders.js';

export function isMetaPlaceholder(p: Pick<Placeholder, 'name'>): boolean {
  return VALID_NAME.test(p.name);
}

export function metaPlaceholders(text: string): Placeholder[] {
  return findPlaceholders(text).filter(isMetaPlaceholder);
}
