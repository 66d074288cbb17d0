/**
 * How far each locale's wording goes, compared with English: the wording keys and taxonomy labels
 * it has, and those still to translate. Over the catalog's merged locales (ours plus overrides).
 */
import type { Catalog } from './catalog.js';
import { resourceKeys, type LocaleData } from './locales.js';

export const REFERENCE_LOCALE = 'en';

export interface LocaleCount {
  locale: string;
  wordingKeys: number;
  labels: number;
  /** Wording keys and labels English has that this locale lacks. */
  missing: number;
  files: string[];
}

export interface MissingTranslations {
  locale: string;
  reference: string;
  /** Dotted wording keys (`statement.share`). */
  wording: string[];
  /** Taxonomy labels as `<kind>.<entry>` (`data.user.name`). */
  labels: string[];
}

function labelKeys(data: LocaleData): string[] {
  return (['data', 'purpose', 'recipient'] as const).flatMap((kind) => Object.keys(data.labels[kind]).map((k) => `${kind}.${k}`));
}

export function missingTranslations(catalog: Catalog, lng: string, reference = REFERENCE_LOCALE): MissingTranslations {
  const data = catalog.locale(lng);
  const ref = catalog.locale(reference);
  const has = new Set(resourceKeys(data.wording));
  const labels = new Set(labelKeys(data));
  return {
    locale: lng,
    reference,
    wording: resourceKeys(ref.wording).filter((k) => !has.has(k)).sort(),
    labels: labelKeys(ref).filter((k) => !labels.has(k)).sort(),
  };
}

export function localeCounts(catalog: Catalog): LocaleCount[] {
  return catalog.locales.map((lng) => {
    const data = catalog.locale(lng);
    const m = missingTranslations(catalog, lng);
    return { locale: lng, wordingKeys: resourceKeys(data.wording).length, labels: labelKeys(data).length, missing: m.wording.length + m.labels.length, files: data.files };
  });
}
