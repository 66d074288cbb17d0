/** `disclose meta`: a template as the JSON Meta's Graph API takes, with the footer for one region. */
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor, splitList, type TargetOptions } from '../cli/targets.js';
import { DiscloseError } from '../errors.js';
import { formatFindingsText } from '../format/findings-text.js';
import { loadTemplate } from '../load/template.js';
import { toMeta } from '../meta/to-meta.js';

export interface MetaCommandOptions extends Pick<TargetOptions, 'org'> {
  region?: string[];
  locale?: string[];
}

export async function metaCommand(file: string, opts: MetaCommandOptions, io: IO): Promise<number> {
  const regions = splitList(opts.region);
  const locales = splitList(opts.locale);
  if (regions.length !== 1) throw new DiscloseError('E_USAGE', regions.length ? 'meta takes one region' : 'no region given', {}, 'Pass --region <id>: the footer in Meta\'s template is the one for that region.');
  if (locales.length > 1) throw new DiscloseError('E_USAGE', 'meta takes one locale', {}, 'Pass --locale <lng> once, or leave it out for the region\'s default.');
  const { project, files } = openFor([file], opts, io);
  if (files.length !== 1) throw new DiscloseError('E_USAGE', `meta takes one template file, not ${files.length}`, {}, 'Pass the path of one template.');
  let template = project.loadTemplate(files[0]!);
  if (template.channel !== 'whatsapp') {
    io.stderr(`${path.relative(io.cwd, template.file)}: note: written for ${template.channel}; exported as a WhatsApp template (WhatsApp limits and implied flows apply)\n`);
    template = loadTemplate(template.file, project.catalog.taxonomy, project.catalog.channels, { channel: 'whatsapp' });
  }
  const [target] = project.targets(regions, locales.length ? locales : 'default');
  const rendered = project.render(template, target!);
  io.stdout(`${JSON.stringify(toMeta(template, rendered.footer.text), null, 2)}\n`);
  const findings = [...project.lint(template), ...rendered.findings].filter((f) => f.severity !== 'info');
  if (findings.length) io.stderr(formatFindingsText(findings, io.cwd));
  return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.clean;
}
