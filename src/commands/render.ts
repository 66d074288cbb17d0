/** `disclose render`: the footer and clause of templates for regions and locales. */
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor, resolveTargets, type TargetOptions } from '../cli/targets.js';
import { findingsForJson } from '../format/findings-json.js';
import { formatRenderText, renderJson } from '../format/render-text.js';
import type { RenderOutput } from '../project.js';
import { DiscloseError } from '../errors.js';
import { printableJson } from '../format/printable.js';

export interface RenderCommandOptions extends TargetOptions {
  format?: string;
}

export async function renderCommand(paths: string[], opts: RenderCommandOptions, io: IO): Promise<number> {
  const format = opts.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new DiscloseError('E_USAGE', `unknown format "${format}"`, {}, 'Use --format text or --format json.');
  const { project } = openFor(paths, opts, io);
  const targets = resolveTargets(project);
  const results: RenderOutput[] = [];
  for (const template of project.templates) {
    for (const target of targets) results.push(project.render(template, target));
  }
  if (format === 'json') {
    const docs = results.map((r) => renderJson(r, io.cwd, findingsForJson));
    io.stdout(`${printableJson(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2))}\n`);
  } else {
    io.stdout(formatRenderText(results, io.cwd));
  }
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.findings : EXIT.clean;
}
