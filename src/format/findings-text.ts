/**
 * Findings as lines a person reads: `file:line:column  severity  message  [rule] (region/locale)`,
 * the findings grouped under a root (`data.related`) indented below it, one a line
 * (`    related  file:line:column  message`), then its fix.
 */
import { countBySeverity, sortFindings, type Finding } from '../check/finding.js';
import { paint } from './color.js';
import { relativePath } from './paths.js';
import { count } from './plural.js';
import { printable } from './printable.js';
import { relatedPlaces } from './related.js';

export interface FindingsTextOptions {
  /** ANSI colours for a terminal (src/format/color.ts). */
  color?: boolean;
  /** Errors only (`check --quiet`); the counts line still counts every finding. */
  quiet?: boolean;
}

export function formatFindingsText(findings: Finding[], cwd: string, options: FindingsTextOptions = {}): string {
  const chunks: string[] = [];
  writeFindingsText(findings, cwd, options, (t) => chunks.push(t));
  return chunks.join('');
}

/** Text held before it is handed on: `check` of 10,000 templates prints 66 MB, written as it is made instead of as one string. */
const CHUNK = 64 * 1024;

/**
 * Text handed on in pieces of about 64 KB (`CHUNK`): what is added is held until it comes to that, or until
 * `flush`. `writeFindingsText` and `check --cache` (src/cache/check-text.ts) write through it.
 */
export class HeldText {
  private held: string[] = [];
  private size = 0;
  constructor(private readonly write: (text: string) => void) {}

  add(text: string): void {
    this.held.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) this.flush();
  }

  /** Hands on what is held, if anything. */
  flush(): void {
    if (this.held.length === 0) return;
    this.write(this.held.join(''));
    this.held = [];
    this.size = 0;
  }
}

/**
 * How `check` shows findings, one finding at a time: the lines of a finding (each ending in a line
 * break) and the closing counts line. `writeFindingsText` is these pieces in order; `check --cache`
 * keeps each template's lines as printed (`src/cache/check-text.ts`) and writes them again as bytes.
 */
export class FindingsTextFormatter {
  private readonly p: ReturnType<typeof paint>;
  private readonly sev: Record<Finding['severity'], (s: string) => string>;
  /** A file's place as shown, once per file (10,000 templates have a dozen findings each). */
  private readonly places = new Map<string, string>();

  constructor(
    private readonly cwd: string,
    private readonly options: FindingsTextOptions = {},
  ) {
    const p = paint(options.color ?? false);
    this.p = p;
    this.sev = { error: (s: string) => p.bold(p.red(s)), warning: p.yellow, info: p.cyan };
  }

  private place(file: string): string {
    let shown = this.places.get(file);
    if (shown === undefined) this.places.set(file, (shown = printable(relativePath(file, this.cwd))));
    return shown;
  }

  /** Whether a finding is shown (`--quiet`: errors only). */
  shows(f: Finding): boolean {
    return !this.options.quiet || f.severity === 'error';
  }

  /** The lines of one finding, each with its line break; empty when it is not shown. */
  lines(f: Finding): string {
    if (!this.shows(f)) return '';
    const p = this.p;
    // printable(`${path}:${line}:${column}`): the digits and colons it adds are never escaped.
    const where = `${this.place(f.file)}:${f.line}:${f.column}`;
    const scope = [f.template, f.region, f.locale].filter(Boolean).join(' · ');
    // Escaped first, coloured after: the colour codes are ours, the text is the input's.
    let out = `${p.dim(where)}  ${this.sev[f.severity](f.severity.padEnd(7))} ${printable(f.message)}  ${p.dim(printable(`[${f.ruleId}]${scope ? ` (${scope})` : ''}`))}\n`;
    for (const r of relatedPlaces(f)) out += `    ${p.dim('related')}  ${p.dim(`${this.place(r.file)}:${r.line}:${r.column}`)}  ${printable(r.message)}\n`;
    if (f.fix) out += `${printable(`    fix: ${f.fix}`)}\n`;
    return out;
  }

  /**
   * What follows the findings: a blank line when any was shown, then the counts (every finding,
   * shown or not); the whole text when there are none.
   */
  end(n: Record<Finding['severity'], number>, anyShown: boolean): string {
    const total = n.error + n.warning + n.info;
    if (total === 0) return 'No findings.\n';
    return `${anyShown ? '\n' : ''}${count(total, 'finding')}: ${count(n.error, 'error')}, ${count(n.warning, 'warning')}, ${n.info} info${this.options.quiet && n.error < total ? ' (--quiet: errors only shown)' : ''}\n`;
  }
}

/** The text of `formatFindingsText`, handed to `write` in pieces of about 64 KB as it is made (the same bytes in the same order). */
export function writeFindingsText(findings: Finding[], cwd: string, options: FindingsTextOptions, write: (text: string) => void): void {
  const text = new FindingsTextFormatter(cwd, options);
  const out = new HeldText(write);
  let any = false;
  for (const f of sortFindings(findings)) {
    const lines = text.lines(f);
    if (!lines) continue;
    any = true;
    out.add(lines);
  }
  out.add(text.end(countBySeverity(findings), any));
  out.flush();
}
