/**
 * Parses one YAML text into plain data while keeping the positions of its nodes, and refuses the
 * inputs that make YAML dangerous: oversized files, raw control characters and pathological token
 * streams before parsing (`yaml-prescan.ts`), the tree's problems after (`yaml-tree.ts`), and
 * alias bombs when the data is built.
 */
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, isAlias, type Document, type Node } from 'yaml';
import { DiscloseError } from '../errors.js';
import type { SourcePos } from '../model/types.js';
import { lineStarts, positionIn } from './line-index.js';
import { prescanYaml } from './yaml-prescan.js';
import { YAML_LIMITS } from './yaml-limits.js';
import { aliasError, checkTree, CONTROL, depthError } from './yaml-tree.js';

export { YAML_LIMITS };

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlFile {
  file: string;
  /** The parsed data; every object is a plain object built from string keys. */
  data: unknown;
  /** The position of the node at `path`, or of its nearest existing ancestor. */
  posOf(path: YamlPath, key?: boolean): SourcePos;
  /** One of disclose's own files, as the build parsed and checked it (dist/builtin-data.json, dist/builtin-locales/). */
  builtin?: true;
}

export function parseYaml(text: string, file: string): YamlFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > YAML_LIMITS.maxBytes) {
    throw new DiscloseError(
      'E_FILE_TOO_LARGE',
      `file is ${bytes} bytes; the limit is ${YAML_LIMITS.maxBytes} bytes`,
      { file, line: 1, column: 1 },
      'Split the file, or check that it is the file you meant.',
    );
  }
  // YAML allows tab, line feed and carriage return among the C0 controls, NEL among the C1 ones,
  // and neither U+FFFE nor U+FFFF; the parser lets the rest through into values (a NUL byte in a
  // footer). A raw control character means the file is not the text it seems to be.
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0);
    throw new DiscloseError(
      'E_ENCODING',
      `the file holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}${code === 0 ? ' (NUL)' : ''}, which YAML does not allow`,
      positionIn(lineStarts(text), file, control.index),
      'Remove the character; is this the text file you meant?',
    );
  }
  const lineCounter = new LineCounter();
  const toPos = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  // The parser slows down with depth and with the number of tokens: refuse pathological texts
  // before it builds a tree. The exact depth limit is checked on the nodes below.
  const pre = prescanYaml(text, YAML_LIMITS.maxDepth * 4, YAML_LIMITS.maxTokens);
  if (pre?.problem === 'depth') throw depthError(positionIn(lineStarts(text), file, pre.offset));
  if (pre) {
    throw new DiscloseError('E_FILE_TOO_LARGE', `more than ${YAML_LIMITS.maxTokens} YAML tokens`, positionIn(lineStarts(text), file, pre.offset), 'Split the file, or check that it is the file you meant.');
  }
  // Duplicate keys are found in checkNodes: the parser's own check is quadratic in the keys of a map.
  // The core schema whatever a %YAML directive says: no merge keys, sets, dates or binary values.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: true, strict: true, schema: 'core', merge: false });
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // The parser turns a stack overflow on nesting into an error of its own.
    if (/Maximum call stack/.test(message)) throw depthError(toPos(first.pos[0]));
    throw new DiscloseError('E_YAML_SYNTAX', `YAML syntax error: ${message}`, toPos(first.pos[0]), 'Fix the YAML syntax at this position.');
  }
  const aliases = checkTree(doc.contents as Node | null, toPos);
  const aliasAt = toPos(aliases[0] ?? 0);
  // Resolving aliases costs the parser a walk of the document each: bound their number as well.
  if (aliases.length > YAML_LIMITS.maxAliasCount * 10) throw aliasError(`${aliases.length} aliases`, aliasAt);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (e) {
    const message = (e as Error).message;
    if (/alias count/i.test(message)) throw aliasError(message, aliasAt);
    throw new DiscloseError('E_YAML_SYNTAX', `YAML syntax error: ${message}`, aliasAt, 'Fix the anchors and aliases at this position.');
  }
  return {
    file,
    data,
    posOf: (path, key = false) => toPos(offsetOf(doc, path, key)),
  };
}

function offsetOf(doc: Document, path: YamlPath, wantKey: boolean): number {
  let node = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (!node || isAlias(node)) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      if (i === path.length - 1 && wantKey) return keyNode.range?.[0] ?? offset;
      node = valueNode;
      offset = valueNode?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}
