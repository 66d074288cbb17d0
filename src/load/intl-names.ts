/**
 * Country names and time-unit words per locale, from Intl. The build stores them for the shipped
 * locales (dist/builtin-locales/<lng>.json) so a command does not load ICU's display-name data; a locale
 * the build did not see, or another ICU version, asks Intl directly.
 */
import { builtinIntl } from './builtin-data.js';
import { allPlaceCodes } from './places.js';
import { TIME_UNITS } from '../model/types.js';

export interface IntlNames {
  countries: Record<string, string>;
  units: Record<string, string[]>;
}

const cache = new Map<string, IntlNames>();

export function intlNames(lng: string): IntlNames {
  let names = cache.get(lng) ?? builtinIntl(lng);
  if (!names) names = computeIntlNames(lng);
  cache.set(lng, names);
  return names;
}

export function computeIntlNames(lng: string): IntlNames {
  const display = new Intl.DisplayNames([lng], { type: 'region' });
  const countries: Record<string, string> = {};
  for (const code of allPlaceCodes()) {
    const name = display.of(code);
    if (name && name !== code) countries[code] = name;
  }
  const units: Record<string, string[]> = {};
  for (const unit of TIME_UNITS) {
    const words = new Set<string>();
    for (const style of ['long', 'short'] as const) {
      const f = new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay: style });
      for (const n of [1, 2, 3, 5, 11, 21, 180]) {
        const word = f.format(n).replace(/[\d\s.,\u00a0\u202f]+/gu, ' ').trim();
        if (word) words.add(word);
      }
    }
    units[unit] = [...words];
  }
  return { countries, units };
}
