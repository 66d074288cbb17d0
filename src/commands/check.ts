/** `disclose check`: lint templates and cross-check footer, clause, flows and region requirements. */
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor, type TargetOptions } from '../cli/targets.js';
import { check } from '../api/check.js';
import { cacheable, checkWithCache } from '../cache/check-cache.js';
import { checkTextWithCache } from '../cache/check-text.js';
import { cacheDirOf } from '../cache/store.js';
import { listedRule } from '../check/project-rule.js';
import { DiscloseError } from '../errors.js';
import { writeFindingsText } from '../format/findings-text.js';
import { formatFindingsJson } from '../format/findings-json.js';
import { toSarif } from '../format/findings-sarif.js';
import { printable, printableJson } from '../format/printable.js';
import { packageVersion } from '../version.js';

export interface CheckCommandOptions extends TargetOptions {
  format?: string;
  policy?: string[];
  maxWarnings?: string;
  /** Report errors only (text format). */
  quiet?: boolean;
  /** Reuse the findings of unchanged templates (`--cache`, `--cache-location <dir>`). */
  cache?: boolean;
  cacheLocation?: string;
  /** `--debug`: also say how many templates the cache served. */
  debug?: boolean;
}

export async function checkCommand(paths: string[], opts: CheckCommandOptions, io: IO): Promise<number> {
  const format = opts.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new DiscloseError('E_USAGE', `unknown format "${format}"`, {}, 'Use --format text, json or sarif.');
  let maxWarnings = Infinity;
  if (opts.maxWarnings !== undefined) {
    if (!/^\d+$/.test(opts.maxWarnings)) throw new DiscloseError('E_USAGE', `--max-warnings takes a whole number, not "${opts.maxWarnings}"`);
    maxWarnings = Number(opts.maxWarnings);
  }
  const { project } = openFor(paths, opts, io);
  const cacheDir = cacheDirOf(opts, project.config, io.cwd);
  const cache = cacheDir && cacheable(project) ? { dir: cacheDir, note: (t: string) => io.stderr(printable(t)), cwd: io.cwd, ...(opts.debug ? { stats: io.stderr } : {}) } : undefined;
  const text = { color: io.color?.out ?? false, quiet: opts.quiet ?? false };
  if (cache && format === 'text') {
    // Unchanged templates' lines copied as they were printed (src/cache/check-text.ts).
    const n = checkTextWithCache(project, {}, cache, text, { text: (t) => io.stdout(t), ...(io.stdoutBytes ? { bytes: (b: Uint8Array) => io.stdoutBytes!(b) } : {}) });
    return n.error > 0 || n.warning > maxWarnings ? EXIT.findings : EXIT.clean;
  }
  const findings = cache ? checkWithCache(project, {}, cache) : check(project);
  if (format === 'json') io.stdout(printableJson(formatFindingsJson(findings, io.cwd)));
  else if (format === 'sarif') io.stdout(`${printableJson(JSON.stringify(toSarif(findings, [...project.rules, ...project.projectRules.map(listedRule)], io.cwd, packageVersion()), null, 2))}\n`);
  // Written as it is made, in pieces of ~64 KB: 10,000 templates' findings are 66 MB of text.
  else writeFindingsText(findings, io.cwd, text, (t) => io.stdout(t));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return errors > 0 || warnings > maxWarnings ? EXIT.findings : EXIT.clean;
}
