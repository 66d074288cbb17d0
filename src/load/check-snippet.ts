/**
 * Checks a project's own snippet when the catalog loads, so one that parses but cannot run is an
 * input error at its line and column instead of an internal error at the first render:
 *
 * - partials (`{{> controller}}`): snippets are rendered one by one and include none;
 * - a call of something that is not a helper (`{{unknownHelper 1}}`, `{{#flows x}}`): disclose's
 *   helpers are `t`, `statement`, `capitalize` and `footerGroups`, with Handlebars' `if`, `unless`,
 *   `each`, `with`, `lookup` and `log`;
 * - a helper given the wrong number of arguments (`{{#if}}`, `{{t}}`);
 * - decorators (`{{* x}}`).
 *
 * Then the snippet is run once with a sample context (every helper a stub, no values), which
 * catches what the tree does not show; such an error has no position of its own and is reported
 * at the snippet's first line.
 */
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import { DiscloseError } from '../errors.js';
import { parseSnippet } from './overrides.js';
import { readTextFile } from './read-file.js';

const require = createRequire(import.meta.url);

/** Helpers a snippet may call, with the number of arguments each takes ([min, max]). */
export const SNIPPET_HELPERS: Readonly<Record<string, readonly [number, number]>> = {
  t: [1, 1],
  statement: [1, 1],
  capitalize: [1, 1],
  footerGroups: [1, 1],
  if: [1, 1],
  unless: [1, 1],
  each: [1, 1],
  with: [1, 1],
  lookup: [2, 2],
  log: [1, Infinity],
};

interface Node {
  type?: string;
  path?: { type?: string; original?: unknown; parts?: unknown[] };
  name?: { original?: unknown };
  params?: unknown[];
  hash?: { pairs?: unknown[] };
  loc?: { start: { line: number; column: number } };
}

const HINT = 'Snippets can use the values disclose passes them, {{t "wording.key"}}, {{statement s}}, {{capitalize x}}, {{footerGroups g}}, and #if, #unless, #each, #with (README, "Approved wording").';

export function checkSnippet(file: string): void {
  const ast = parseSnippet(file);
  const fail = (node: Node, message: string, hint = HINT): never => {
    const at = node.loc?.start;
    throw new DiscloseError('E_SCHEMA', `snippet cannot run: ${message}`, { file, line: at?.line ?? 1, column: (at?.column ?? 0) + 1 }, hint);
  };
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const n = value as Node;
    switch (n.type) {
      case 'PartialStatement':
      case 'PartialBlockStatement':
        fail(n, `it includes the partial "${String(n.name?.original ?? '')}"; snippets include no partials`, 'Write the text into this snippet, or put it under a wording key and use {{t "key"}}.');
        break;
      case 'Decorator':
      case 'DecoratorBlock':
        fail(n, 'it uses a decorator, which snippets do not support');
        break;
      case 'MustacheStatement':
      case 'SubExpression':
      case 'BlockStatement': {
        const args = (n.params?.length ?? 0) + (n.hash?.pairs?.length ? 1 : 0);
        const name = n.path?.type === 'PathExpression' && n.path.parts?.length === 1 ? String(n.path.original) : undefined;
        const helper = name !== undefined && Object.hasOwn(SNIPPET_HELPERS, name) ? SNIPPET_HELPERS[name] : undefined;
        const shown = n.type === 'BlockStatement' ? `{{#${String(n.path?.original)}}}` : `{{${String(n.path?.original)}}}`;
        if (helper) {
          const given = n.params?.length ?? 0;
          if (given < helper[0] || given > helper[1]) fail(n, `${shown} takes ${helper[0] === helper[1] ? helper[0] : `${helper[0]} or more`} argument${helper[1] === 1 ? '' : 's'}, not ${given}`);
        } else if (n.type === 'SubExpression' || args > 0) {
          fail(n, `"${String(n.path?.original)}" is not a helper snippets can call`);
        }
        break;
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc') visit(v);
  };
  visit(ast);
  sampleRun(file);
}

/** Runs the snippet once with stub helpers and an empty context. */
function sampleRun(file: string): void {
  const hb = (require('handlebars') as typeof Handlebars).create();
  for (const name of ['t', 'statement', 'capitalize', 'footerGroups']) hb.registerHelper(name, () => '');
  try {
    hb.compile(readTextFile(file), { noEscape: true, strict: false })({ __sample: true }, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number };
    throw new DiscloseError('E_SCHEMA', `snippet cannot run: ${err.message.split('\n')[0]}`, { file, line: err.lineNumber ?? 1, column: (err.column ?? 0) + 1 }, HINT);
  }
}
