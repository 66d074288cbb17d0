/**
 * File names for export pages, built only from ids the schemas restrict (lowercase letters, digits,
 * "_" and "-"); anything else, or an id too long for a file system, becomes a prefix plus a hash.
 */
import { createHash, hash as digestOf } from 'node:crypto';

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

/**
 * The first 16 hex digits of the text's SHA-256: the name of a text, page or file of the pack by its
 * content. One-shot (`crypto.hash`, Node ≥ 20.12): a pack of 10,000 templates names some 300,000
 * texts and findings, and a `Hash` object made for each was 2–3% of an export's CPU (stop 26, SD).
 */
export function shortHash(text: string): string {
  return digestOf('sha256', text, 'hex').slice(0, 16);
}

/** Meta's template JSON for every region and locale of one WhatsApp template. */
export function metaName(template: string): string {
  return `${safeName(template)}.json`;
}
