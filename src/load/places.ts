import { builtinPlaces } from './builtin-data.js';

/** Location codes: ISO 3166-1 alpha-2 countries known to ICU, plus EU for the Union as a whole. */
let names: Intl.DisplayNames | undefined;
let known: Set<string> | undefined;
const EU_MEMBERS = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

export function isKnownPlace(code: string): boolean {
  if (code === 'EU') return true;
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const bundled = builtinPlaces();
  if (bundled) return (known ??= new Set(bundled)).has(code);
  return askIcu(code);
}

function askIcu(code: string): boolean {
  names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    // Deprecated codes (DD, YU, …) canonicalize to their successors; they are not places of their own.
    if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
    return names.of(code) !== code;
  } catch {
    return false;
  }
}

/** The countries a place stands for (EU expands to its members). */
export function countriesOf(place: string): string[] {
  return place === 'EU' ? EU_MEMBERS : [place];
}

/** True when every country the place stands for lies inside `area`. */
export function insideArea(place: string, area: readonly string[]): boolean {
  if (area.includes(place)) return true;
  return countriesOf(place).every((c) => area.includes(c));
}

let allCodes: string[] | undefined;
/** Every two-letter code ICU names, for the claim reader's country lexicon. */
export function allPlaceCodes(): string[] {
  allCodes ??= builtinPlaces();
  if (!allCodes) {
    allCodes = ['EU'];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (code !== 'EU' && askIcu(code)) allCodes.push(code);
      }
    }
  }
  return allCodes;
}
