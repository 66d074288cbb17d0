/**
 * File names for export pages, built only from ids the schemas restrict (lowercase letters, digits,
 * "_" and "-"); anything else, or an id too long for a file system, becomes a prefix plus a hash.
 */
import { createHash } from 'node:crypto';

const SAFE = /^[a-z0-9][a-z0-9_-]{0,79}$/i;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeName(id: string): string {
  if (SAFE.test(id) && !RESERVED.test(id)) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 12);
  const prefix = id.replace(/[^a-z0-9_-]/gi, '_').slice(0, 40) || 'x';
  return `${prefix}-${hash}`;
}

/** One detail page per template; regions and locales are sections in it. */
export function pageName(template: string): string {
  return `${safeName(template)}.html`;
}

/** The anchor of a region and locale on a detail page. */
export function sectionId(region: string, locale: string): string {
  return `${safeName(region)}--${safeName(locale)}`;
}

export function dataName(template: string): string {
  return `${safeName(template)}.json`;
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Meta's template JSON for every region and locale of one WhatsApp template. */
export function metaName(template: string): string {
  return `${safeName(template)}.json`;
}
