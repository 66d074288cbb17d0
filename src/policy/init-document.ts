/**
 * The skeleton of a new policy document: region and locale (front matter in Markdown, a header
 * marker in HTML), a title, and per clause a numbered heading with an empty managed block, which
 * `syncDocument` then fills. Numbers are the templates' own; a clause without one, or with one
 * another clause already has, gets the next free number after the highest.
 */
import { compareNumbers, increment } from './clause-numbers.js';
import { escapeMarkdownText } from '../format/markdown-escape.js';
import { CLOSE_MARKER, escapeHtmlText, headingLine, type PolicyFormat } from './render-block.js';

export interface SkeletonClause {
  id: string;
  number: string | undefined;
  title: string;
}

/** Numbers for the clauses, in document order (by number). */
export function numberClauses(clauses: ReadonlyArray<{ id: string; number?: string | undefined }>): Array<{ id: string; number: string }> {
  const used = new Set<string>();
  const numbered: Array<{ id: string; number: string }> = [];
  const rest: string[] = [];
  for (const c of clauses) {
    if (c.number !== undefined && !used.has(c.number)) {
      used.add(c.number);
      numbered.push({ id: c.id, number: c.number });
    } else rest.push(c.id);
  }
  numbered.sort((a, b) => compareNumbers(a.number, b.number));
  let next = numbered.length ? increment(numbered[numbered.length - 1]!.number) : '1';
  for (const id of rest) {
    while (used.has(next)) next = increment(next);
    used.add(next);
    numbered.push({ id, number: next });
    next = increment(next);
  }
  return numbered;
}

export function policySkeleton(opts: { format: PolicyFormat; region: string; locale: string; title: string; clauses: readonly SkeletonClause[] }): string {
  const { format, region, locale, title, clauses } = opts;
  const open = (id: string) => `<!-- disclose:clause id=${id} -->`;
  if (format === 'html') {
    const t = escapeHtmlText(title);
    return [
      '<!DOCTYPE html>',
      `<html lang="${escapeHtmlText(locale)}">`,
      '<head>',
      '<meta charset="utf-8">',
      `<title>${t}</title>`,
      '</head>',
      '<body>',
      `<!-- disclose:policy region=${region} locale=${locale} -->`,
      `<h1>${t}</h1>`,
      ...clauses.flatMap((c) => [headingLine('html', 2, c.number, c.title), open(c.id), CLOSE_MARKER]),
      '</body>',
      '</html>',
      '',
    ].join('\n');
  }
  return [
    '---',
    `region: ${region}`,
    `locale: ${locale}`,
    '---',
    '',
    `# ${escapeMarkdownText(title)}`,
    ...clauses.flatMap((c) => ['', headingLine('markdown', 2, c.number, c.title), '', open(c.id), CLOSE_MARKER]),
    '',
  ].join('\n');
}
