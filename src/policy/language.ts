/**
 * The language a policy is written in, from its words: the share of each language's most common
 * function words among the first few thousand words, or the script for Chinese and Thai. Used to
 * ask for the region of a policy without front matter, and to refuse a language disclose has no
 * reader for instead of reading it as English and finding nothing.
 */
const COMMON: Record<string, string> = {
  en: 'the and of to we you your our in is for with that this are be or by as may',
  de: 'der die das und wir sie ihre ihrer zu den von mit ist im für auf nicht werden eine des dem',
  es: 'el la los las de que y en tus por para con una del se su nuestros datos como',
  pt: 'o os as de que e em seus por para com uma do da dos não nossos você dados ao',
  fr: 'le la les de et des vous vos nous en pour que une du est sur par avec aux',
  it: 'il la le di che e dei delle per con una del della sono nostri vostri gli',
  nl: 'de het en van een wij u uw in voor met op te dat zijn niet worden',
  pl: 'i w na z do że się nie jest oraz przez dla lub twoje danych',
  id: 'dan yang di untuk dengan atau dari ini pada akan dalam tidak kami anda pengguna data',
  ms: 'dan yang di untuk dengan atau dari ini pada akan dalam tidak kami anda peribadi',
  vi: 'và của các để với là trong có được không chúng tôi bạn những này',
};
const SETS = Object.fromEntries(Object.entries(COMMON).map(([l, w]) => [l, new Set(w.split(' '))]));

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'German', es: 'Spanish', pt: 'Portuguese', fr: 'French', it: 'Italian', nl: 'Dutch', pl: 'Polish', id: 'Indonesian', ms: 'Malay', vi: 'Vietnamese', 'zh-CN': 'Chinese', th: 'Thai' };

/** The language code, or undefined when the text has too few words to tell. */
export function detectLanguage(text: string): string | undefined {
  return languageScores(text).best;
}

/** The share of each language's common words among the text's words (Chinese and Thai by script), and the best. */
export function languageScores(text: string): { best: string | undefined; scores: Record<string, number> } {
  const scores: Record<string, number> = {};
  const best = scoreLanguages(text, scores);
  return { best, scores };
}

function scoreLanguages(text: string, scores: Record<string, number>): string | undefined {
  const sample = text.slice(0, 60_000);
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const thai = (sample.match(/\p{Script=Thai}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = Math.max(1, han + thai + latin);
  scores['zh-CN'] = han / letters;
  scores['th'] = thai / letters;
  if (han > 50 && han > latin / 4) return 'zh-CN';
  if (thai > 50 && thai > latin / 4) return 'th';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const [lng, set] of Object.entries(SETS)) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    scores[lng] = n / words.length;
    if (n > bestScore) {
      best = lng;
      bestScore = n;
    }
  }
  // Indonesian and Malay share most function words: Malay's own ones decide.
  if (best === 'id' && /\b(peribadi|maklumat|kerana)\b/i.test(sample)) best = 'ms';
  return bestScore / words.length >= 0.05 ? best : undefined;
}
