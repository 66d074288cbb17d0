/**
 * Parses one YAML text into plain data while keeping the positions of its nodes, and refuses the
 * inputs that make YAML dangerous: alias bombs, very deep nesting, oversized files, duplicate keys,
 * prototype-polluting keys and non-string keys.
 */
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, isAlias, type Document, type Node } from 'yaml';
import { DiscloseError, type ErrorCode } from '../errors.js';
import type { SourcePos } from '../model/types.js';

export const YAML_LIMITS = {
  /** Bytes; larger files are refused before parsing. */
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlFile {
  file: string;
  /** The parsed data; every object is a plain object built from string keys. */
  data: unknown;
  /** The position of the node at `path`, or of its nearest existing ancestor. */
  posOf(path: YamlPath, key?: boolean): SourcePos;
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  const toPos = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const first = doc.errors[0];
  if (first) {
    const code: ErrorCode = first.code === 'DUPLICATE_KEY' ? 'E_YAML_DUPLICATE_KEY' : 'E_YAML_SYNTAX';
    const pos = toPos(first.pos[0]);
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new DiscloseError(
      code,
      code === 'E_YAML_DUPLICATE_KEY' ? `duplicate key: ${message}` : `YAML syntax error: ${message}`,
      pos,
      code === 'E_YAML_DUPLICATE_KEY' ? 'Each key may appear once in a mapping; remove or rename one.' : 'Fix the YAML syntax at this position.',
    );
  }
  checkNodes(doc.contents as Node | null, 0, toPos);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (e) {
    throw new DiscloseError(
      'E_YAML_ALIAS_LIMIT',
      `too many alias expansions (limit ${YAML_LIMITS.maxAliasCount}): ${(e as Error).message}`,
      { file, line: 1, column: 1 },
      'Write the values out instead of nesting aliases.',
    );
  }
  return {
    file,
    data,
    posOf: (path, key = false) => toPos(offsetOf(doc, path, key)),
  };
}

function checkNodes(node: Node | null, depth: number, toPos: (o: number) => SourcePos): void {
  if (!node) return;
  if (depth > YAML_LIMITS.maxDepth) {
    throw new DiscloseError(
      'E_YAML_DEPTH',
      `nesting deeper than ${YAML_LIMITS.maxDepth} levels`,
      toPos(node.range?.[0] ?? 0),
      'Flatten the structure; disclose files never need this depth.',
    );
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const at = toPos(key?.range?.[0] ?? node.range?.[0] ?? 0);
      if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
        throw new DiscloseError('E_YAML_KEY_TYPE', 'mapping keys must be plain strings', at, 'Quote the key or rewrite it as a string.');
      }
      if (typeof key.value === 'number') {
        throw new DiscloseError('E_YAML_KEY_TYPE', `mapping key ${String(key.value)} is a number; keys must be strings`, at, `Quote it: "${String(key.value)}".`);
      }
      if (FORBIDDEN_KEYS.has(key.value)) {
        throw new DiscloseError('E_YAML_FORBIDDEN_KEY', `the key "${key.value}" is not allowed`, at, 'Rename the key; __proto__, constructor and prototype are reserved.');
      }
      checkNodes(pair.value as Node | null, depth + 1, toPos);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) checkNodes(item as Node | null, depth + 1, toPos);
  }
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
