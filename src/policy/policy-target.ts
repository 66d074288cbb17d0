/**
 * The region and locale a policy document is checked for: what its front matter or marker says;
 * else the `--region` (and `--locale`) given; else a usage error that names the language the text
 * is in and the regions that have it. A language disclose cannot read, a `--locale` or a declared
 * locale the text is plainly not in, and a document with no text are refused, never read and passed
 * clean.
 */
import { DiscloseError } from '../errors.js';
import type { Project, Target } from '../project.js';
import type { PolicyDocument } from './document.js';
import { contradictsDeclared, languageName, languageScores, UNDETERMINED } from './language.js';
import { outlineOf } from './clause-for.js';

export interface PolicyTargetOptions {
  /** Regions given on the command line or in the config (the first is used). */
  regions?: string[];
  locales?: string[];
}

const name = languageName;

export function policyTarget(project: Project, doc: PolicyDocument, given: PolicyTargetOptions = {}): Target {
  const start = { file: doc.file, line: 1, column: 1 };
  // A document disclose manages has its blocks; any other needs words to read (not a scan, not empty).
  const letters = doc.blocks.length ? Infinity : (doc.text.replace(/<!--[^]*?-->|<[^<>]*>/g, ' ').match(/\p{L}/gu) ?? []).length;
  const noText = () => new DiscloseError('E_ENCODING', `the policy has no text to read (${letters > 0 ? 'a few letters only' : 'empty'}: a scanned image, or an empty page?)`, start, 'Give the policy as Markdown, HTML or plain text with its words in it.');
  const regionId = doc.region ?? given.regions?.[0];
  const supported = project.catalog.locales;
  const read = letters >= 40 ? languageScores(outlineOf(doc).text, supported) : { best: undefined, scores: {} as Record<string, number>, script: undefined, words: 0 };
  const { best: detected, scores, script } = read;
  // What the document itself declares is checked first, with its position.
  if (doc.region) resolve(project, doc, doc.region, doc.locale);
  // A locale the document declares that its words plainly contradict ("locale: en" on a Swedish
  // text) would read the text through another language's words and find nonsense or nothing.
  if (doc.locale && contradictsDeclared(doc.locale, read)) {
    const at = doc.declaredAt.locale !== undefined ? doc.posAt(doc.declaredAt.locale) : start;
    const readable = detected !== UNDETERMINED && supported.includes(detected!);
    const what = detected === UNDETERMINED ? `${name(detected)}${script ? ` (${script} script)` : ''}` : name(detected!);
    throw new DiscloseError(
      readable ? 'E_USAGE' : 'E_UNKNOWN_LOCALE',
      `the policy declares locale ${name(doc.locale)}, but its text is written in ${what}`,
      at,
      readable
        ? `Set the locale it declares to ${detected} (front matter "locale: ${detected}" or the marker's locale=${detected}), or check the ${name(doc.locale)} translation if that is the one meant.`
        : `disclose has no reader for ${what}; check the ${name(doc.locale)} translation of the policy instead (locales disclose reads: ${supported.join(', ')}), or add a locale (locales/<lng>/reader.yaml).`,
    );
  }
  // A language disclose has no reader for stops the check, region or not: read through another
  // language's words, the policy would pass clean or be found to say what it does not.
  if (detected && !supported.includes(detected) && !doc.locale && !given.locales?.length) {
    const what = detected === UNDETERMINED ? `${name(detected)}${script ? ` (${script} script)` : ' (its words are those of no language disclose knows)'}` : `${name(detected)}, which disclose has no reader for`;
    throw new DiscloseError('E_UNKNOWN_LOCALE', `the policy is written in ${what}`, start, `Locales disclose reads: ${supported.join(', ')}. Check a translation of the policy, or add a locale (locales/<lng>/reader.yaml).`);
  }
  if (!regionId) {
    const lng = detected ? name(detected) : 'an undetected language';
    const fits = detected ? project.catalog.regionOrder.filter((r) => project.catalog.region(r).locales.includes(detected)) : [];
    throw new DiscloseError('E_USAGE', `the policy does not say its region (it reads as ${lng})`, start, `Pass --region <id>${fits.length ? ` (${fits.join(', ')} have ${detected})` : ''}, or add front matter (region: …, locale: …) or <!-- disclose:policy region=… locale=… -->.`);
  }
  if (letters < 40) throw noText();
  let locale = doc.locale ?? given.locales?.[0];
  if (!locale && detected) locale = detected;
  // A --locale the text is plainly not written in would read nothing and pass the policy clean.
  const flagLocale = doc.locale ? undefined : given.locales?.[0];
  if (flagLocale && detected && detected !== flagLocale && (scores[flagLocale] ?? 0) * 3 < (scores[detected] ?? 0)) {
    throw new DiscloseError('E_USAGE', `the policy reads as ${name(detected)}, not ${name(flagLocale)} as --locale says`, start, `Pass --locale ${detected}${supported.includes(detected) ? '' : ' (which disclose has no reader for)'}, or check the translation the locale names.`);
  }
  const region = project.catalog.region(regionId);
  if (locale && !region.locales.includes(locale) && !doc.locale && !given.locales?.length) {
    throw new DiscloseError('E_UNKNOWN_LOCALE', `the policy reads as ${name(locale)}, which region "${regionId}" has no locale for`, start, `Locales of ${regionId}: ${region.locales.join(', ')}. Pass --locale, or the region whose language the policy is in.`);
  }
  return resolve(project, doc, regionId, locale ?? region.locales[0]!);
}

/** The target for a region and locale; an unknown one is the document's error when the document named it. */
function resolve(project: Project, doc: PolicyDocument, regionId: string, locale: string | undefined): Target {
  try {
    const region = project.catalog.region(regionId);
    return project.targets([regionId], [locale ?? region.locales[0]!])[0]!;
  } catch (e) {
    if (!(e instanceof DiscloseError) || e.file) throw e;
    const offset = e.code === 'E_UNKNOWN_LOCALE' ? doc.declaredAt.locale : doc.declaredAt.region;
    if (offset === undefined) throw e;
    throw new DiscloseError(e.code, e.message, doc.posAt(offset), e.hint);
  }
}
