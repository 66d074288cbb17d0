/**
 * The region and locale a policy document is checked for: what its front matter or marker says;
 * else the `--region` (and `--locale`) given; else a usage error that names the language the text
 * is in and the regions that have it. A language disclose cannot read is refused, never read as
 * another one and passed clean.
 */
import { DiscloseError } from '../errors.js';
import type { Project, Target } from '../project.js';
import type { PolicyDocument } from './document.js';
import { detectLanguage, LANGUAGE_NAMES } from './language.js';
import { outlineOf } from './clause-for.js';

export interface PolicyTargetOptions {
  /** Regions given on the command line or in the config (the first is used). */
  regions?: string[];
  locales?: string[];
}

export function policyTarget(project: Project, doc: PolicyDocument, given: PolicyTargetOptions = {}): Target {
  const outline = outlineOf(doc);
  // A document disclose manages has its blocks; any other needs words to read (not a scan, not empty).
  const letters = doc.blocks.length ? Infinity : (doc.text.replace(/<!--[^]*?-->|<[^<>]*>/g, ' ').match(/\p{L}/gu) ?? []).length;
  if (letters < 40) {
    throw new DiscloseError('E_ENCODING', `the policy has no text to read (${letters > 0 ? 'a few letters only' : 'empty'}: a scanned image, or an empty page?)`, { file: doc.file, line: 1, column: 1 }, 'Give the policy as Markdown, HTML or plain text with its words in it.');
  }
  const detected = detectLanguage(outline.text);
  const supported = project.catalog.locales;
  const regionId = doc.region ?? given.regions?.[0];
  if (!regionId) {
    const lng = detected ? `${LANGUAGE_NAMES[detected] ?? detected} (${detected})` : 'an undetected language';
    const fits = detected ? project.catalog.regionOrder.filter((r) => project.catalog.region(r).locales.includes(detected)) : [];
    throw new DiscloseError('E_USAGE', `the policy does not say its region (it reads as ${lng})`, { file: doc.file, line: 1, column: 1 }, `Pass --region <id>${fits.length ? ` (${fits.join(', ')} have ${detected})` : ''}, or add front matter (region: …, locale: …) or <!-- disclose:policy region=… locale=… -->.`);
  }
  let locale = doc.locale ?? given.locales?.[0];
  if (!locale && detected) {
    if (supported.length && !supported.includes(detected)) {
      throw new DiscloseError('E_UNKNOWN_LOCALE', `the policy is written in ${LANGUAGE_NAMES[detected] ?? detected} (${detected}), which disclose has no reader for`, { file: doc.file, line: 1, column: 1 }, `Locales disclose reads: ${supported.join(', ')}. Check a translation of the policy, or add a locale (locales/<lng>/reader.yaml).`);
    }
    locale = detected;
  }
  try {
    const region = project.catalog.region(regionId);
    if (locale && !region.locales.includes(locale) && !doc.locale && !given.locales?.length) {
      throw new DiscloseError('E_UNKNOWN_LOCALE', `the policy reads as ${LANGUAGE_NAMES[locale] ?? locale} (${locale}), which region "${regionId}" has no locale for`, { file: doc.file, line: 1, column: 1 }, `Locales of ${regionId}: ${region.locales.join(', ')}. Pass --locale, or the region whose language the policy is in.`);
    }
    return project.targets([regionId], [locale ?? region.locales[0]!])[0]!;
  } catch (e) {
    // An unknown region or locale is the document's error when the document named it.
    if (!(e instanceof DiscloseError) || e.file) throw e;
    const offset = e.code === 'E_UNKNOWN_LOCALE' ? doc.declaredAt.locale : doc.declaredAt.region;
    if (offset === undefined) throw e;
    throw new DiscloseError(e.code, e.message, doc.posAt(offset), e.hint);
  }
}
