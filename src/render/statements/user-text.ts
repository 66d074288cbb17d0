/**
 * Free text a user declares (a consequence, a PIPL Art. 30 effect, a recipient's retention criteria):
 * the locale's copy of it, and that copy as a part of one of our sentences.
 */

/** Free text given once (in the template's language) or per locale: the locale's, else none. */
export function localText(text: string | Record<string, string> | undefined, lng: string, language: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const base = (l: string) => l.split('-')[0]!.toLowerCase();
  if (typeof text === 'string') return language && base(language) === base(lng) ? text : undefined;
  return text[lng] ?? Object.entries(text).find(([k]) => base(k) === base(lng))?.[1];
}

/**
 * The closing marks a user's text loses where our sentence goes on after it (and ends it with its own):
 * - `sentenceEnd`: full stops, question and exclamation marks, half- and full-width (`consequence`,
 *   `sensitive.effect`);
 * - `fullStop`: full stops only (`collectedByRecipients.retentionCriteria`, `ownRetention.criteria`).
 * The two differ on purpose as written so far: criteria ending in "!" or "?" keep the mark, a
 * consequence or an effect does not. Joining them would change rendered text; not decided yet.
 */
const CLOSING = {
  sentenceEnd: /[.。!！?？\s]+$/u,
  fullStop: /[.。\s]+$/u,
} as const;

/**
 * A user's text used inside our sentence: the locale's copy of it (localText) with its closing marks
 * (and trailing blanks) dropped, as `drop` names them. Undefined where the locale has none; '' where
 * the text is nothing but such marks.
 */
export function textInSentence(text: string | Record<string, string> | undefined, lng: string, language: string | undefined, drop: keyof typeof CLOSING): string | undefined {
  return localText(text, lng, language)?.replace(CLOSING[drop], '');
}
