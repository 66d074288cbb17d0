/**
 * `disclose meta`: a template as the JSON Meta's Graph API takes, with the footer for one region,
 * or the submittable set for several (one template per market, `<id>_<region>`, as a JSON list).
 * The footer is in the template's language (`src/meta/market.ts`).
 */
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor, splitList, type TargetOptions } from '../cli/targets.js';
import { DiscloseError } from '../errors.js';
import { formatFindingsText } from '../format/findings-text.js';
import { loadTemplate } from '../load/template.js';
import { footerLocale, marketSet, metaChanges } from '../meta/market.js';
import { printable, printableJson } from '../format/printable.js';

export interface MetaCommandOptions extends Pick<TargetOptions, 'org'> {
  region?: string[];
  locale?: string[];
}

export async function metaCommand(file: string, opts: MetaCommandOptions, io: IO): Promise<number> {
  const regions = splitList(opts.region);
  const locales = splitList(opts.locale);
  if (regions.length === 0) throw new DiscloseError('E_USAGE', 'no region given', {}, "Pass --region <id> (several, comma-separated, for one template per market): the footer in Meta's template is the one for that region.");
  if (new Set(regions).size !== regions.length) throw new DiscloseError('E_USAGE', 'a region is given twice', {}, 'Name each region once.');
  if (locales.length > 1) throw new DiscloseError('E_USAGE', 'meta takes one locale', {}, "Leave --locale out: the footer is written in the template's language.");
  const { project, files } = openFor([file], opts, io);
  if (files.length !== 1) throw new DiscloseError('E_USAGE', `meta takes one template file, not ${files.length}`, {}, 'Pass the path of one template.');
  let template = project.loadTemplate(files[0]!);
  if (template.channel !== 'whatsapp') {
    io.stderr(printable(`${path.relative(io.cwd, template.file)}: note: written for ${template.channel}; exported as a WhatsApp template (WhatsApp limits and implied flows apply)\n`));
    template = loadTemplate(template.file, project.catalog.taxonomy, project.catalog.channels, { channel: 'whatsapp' });
  }
  for (const r of regions) project.catalog.region(r);
  if (locales.length === 1) {
    project.catalog.locale(locales[0]!);
    const own = footerLocale(project.catalog.locales, template.language);
    if (locales[0] !== own) {
      throw new DiscloseError('E_USAGE', `the footer goes into a template written in ${template.language}, not ${locales[0]}`, {}, `Meta rejects a template whose text is not in its language: leave --locale out${own ? ` (the footer is written in ${own})` : ''}, or translate the template into ${locales[0]} as a template of its own.`);
    }
  }
  const set = marketSet(project, template, regions);
  const json = regions.length === 1 ? set[0]!.template : set.map((m) => m.template);
  io.stdout(`${printableJson(JSON.stringify(json, null, 2))}\n`);
  for (const change of metaChanges(template)) io.stderr(printable(`${path.relative(io.cwd, template.file)}: note: ${change}\n`));
  const findings = [...project.lint(template), ...set.flatMap((m) => m.findings)].filter((f) => f.severity !== 'info');
  if (findings.length) io.stderr(formatFindingsText(findings, io.cwd));
  return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.clean;
}
