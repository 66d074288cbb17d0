/**
 * What a generated footer or clause says, from the renderer's record instead of reading the text
 * back: its claims, the sentences that make them (with their offsets, claims and the actions their
 * wording names), the clause numbers it cites, and the cue and vague phrases in it. For disclose's
 * shipped wording this equals what `readClaims` reads from the text (test/roundtrip.test.ts holds
 * the two equal over every example, region and locale); approved wording, hand-written footers,
 * policies and ambiguous quoted texts are still read (src/check/run-rules.ts decides).
 */
import type { Claim } from './claim.js';
import type { LocaleData } from '../load/locales.js';
import type { SaidSentence } from '../render/renderer.js';
import { phrasesIn, referencesIn, wordingActions, type ReadResult, type Sentence } from './read-claims.js';

/**
 * `claims`: the text's claims, each once, in the order written (see `uniqueClaims`). `written`: the
 * clause references the renderer wrote (a footer's `RenderedFooter.references`); found in the text when absent.
 * `phrases`: the text's cue and vague phrases where the caller has them (`phrasesUnderHeading`); found in the text when absent.
 */
export function saidRead(text: string, claims: Claim[], said: readonly SaidSentence[], locale: LocaleData, written?: ReadResult['references'], phrases?: Pick<ReadResult, 'cues' | 'vague'>): ReadResult {
  const { cues, vague } = phrases ?? phrasesIn(text, locale);
  const sentences = said.map(
    (s): Sentence => ({
      text: s.text,
      start: s.start,
      end: s.end,
      // The reader's mentions that rules ask of our sentences: the actions the wording names.
      mentions: wordingActions(locale, s.key).map((a) => ({ kind: 'action', value: a, start: s.start, end: s.end })),
      durations: [],
      claims: s.claims,
    }),
  );
  let references: ReadResult['references'] | undefined = written;
  return {
    claims,
    sentences,
    // Found when first asked, as the reader does (rules ask only the footer's).
    get references() {
      references ??= referencesIn(text, locale);
      return references;
    },
    cues,
    vague,
  };
}
