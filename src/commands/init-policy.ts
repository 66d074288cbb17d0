/**
 * `disclose init-policy`: writes a starting policy document for one region and locale, with a
 * numbered heading and a managed block per clause id of the templates, in sync from the start.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor } from '../cli/targets.js';
import { DiscloseError } from '../errors.js';
import { relativePath } from '../format/paths.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { renderClauseBlocks } from '../policy/clause-blocks.js';
import { parsePolicy } from '../policy/document.js';
import { numberClauses, policySkeleton } from '../policy/init-document.js';
import { groupByClause } from '../policy/merge-templates.js';
import { planSync } from '../policy/plan-sync.js';
import type { PolicyFormat } from '../policy/render-block.js';
import { syncDocument } from '../policy/sync-document.js';
import { oneLine } from '../render/one-line.js';
import { printable } from '../format/printable.js';

export interface InitPolicyOptions {
  region: string;
  locale?: string;
  templates?: string;
  org?: string;
  config?: string | false;
  format?: string;
  out?: string;
  force?: boolean;
}

export async function initPolicyCommand(opts: InitPolicyOptions, io: IO): Promise<number> {
  const format = policyFormat(opts.format, opts.out);
  const out = opts.out ? path.resolve(io.cwd, opts.out) : undefined;
  if (out && existsSync(out) && !opts.force) {
    throw new DiscloseError('E_USAGE', 'the output file exists', { file: out }, 'Run `disclose sync` to update it, or pass --force to replace it.');
  }
  const { project, files } = openFor(opts.templates ? [opts.templates] : [], { org: opts.org, config: opts.config }, io);
  const target = project.targets([opts.region], opts.locale ? [opts.locale] : 'default')[0]!;
  const groups = groupByClause(files.map((f) => project.loadTemplate(f)));
  const numbered = numberClauses([...groups].map(([id, ts]) => ({ id, number: ts.find((t) => t.clause.number !== undefined)?.clause.number })));
  const first = renderClauseBlocks(project, target, format, groups, { numbers: new Map(numbered.map((c) => [c.id, c.number])), missing: [] });
  // The controller's name as clauses write it: on one line.
  const title = `${project.renderer.localizer(target.locale).t('footer.referenceUnnumbered')} — ${oneLine(project.org.controller.name)}`;
  const skeleton = policySkeleton({
    format,
    region: target.region.id,
    locale: target.locale,
    title,
    clauses: numbered.map((c) => ({ ...c, title: first.get(c.id)!.title })),
  });
  // Fill the blocks the way `disclose sync` does, so a new policy is in sync from the start.
  const file = out ?? path.join(io.cwd, format === 'html' ? 'policy.html' : 'policy.md');
  const doc = parsePolicy(skeleton, file);
  const plan = planSync(doc, numbered);
  const result = syncDocument(doc, plan, renderClauseBlocks(project, target, format, groups, plan));
  if (!out) {
    io.stdout(result.text);
    return EXIT.clean;
  }
  writeFileAtomic(out, result.text);
  io.stderr(printable(`wrote ${relativePath(out, io.cwd)} (${target.region.id}, ${target.locale}, ${numbered.length} clause${numbered.length === 1 ? '' : 's'})\n`));
  return EXIT.clean;
}

function policyFormat(format: string | undefined, out: string | undefined): PolicyFormat {
  const byName: PolicyFormat | undefined = out ? (/\.html?$/i.test(out) ? 'html' : 'markdown') : undefined;
  if (format === undefined) return byName ?? 'markdown';
  const wanted: PolicyFormat | undefined = format === 'md' || format === 'markdown' ? 'markdown' : format === 'html' ? 'html' : undefined;
  if (!wanted) throw new DiscloseError('E_USAGE', `unknown format "${format}"`, {}, 'Use --format md or --format html.');
  // `disclose sync` reads a file ending in .html or .htm as HTML and anything else as Markdown.
  if (byName && byName !== wanted) throw new DiscloseError('E_USAGE', `--format ${format} does not match the file name ${out}`, {}, wanted === 'html' ? 'Name the file .html.' : 'Name the file .md.');
  return wanted;
}
