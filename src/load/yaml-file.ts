/**
 * Parses one YAML text into plain data while keeping the positions of its nodes, and refuses the
 * inputs that make YAML dangerous: alias bombs, very deep nesting, oversized files, duplicate keys,
 * prototype-polluting keys and non-string keys.
 */
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, isAlias, type Document, type Node } from 'yaml';
import { DiscloseError } from '../errors.js';
import type { SourcePos } from '../model/types.js';
import { prescanYaml } from './yaml-prescan.js';

export const YAML_LIMITS = {
  /** Bytes; larger files are refused before parsing. */
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
  /** Lexer tokens (scalars, indicators, brackets); parsing costs a few microseconds each. */
  maxTokens: 100_000,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Characters outside YAML's printable set (YAML 1.2, production c-printable), surrogates aside. */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;
/** The same characters written as escapes in a double-quoted scalar ("\e[2J", "\0"). */
const VALUE_CONTROL = CONTROL;

function checkValueText(value: string, at: SourcePos): void {
  const m = VALUE_CONTROL.exec(value);
  if (!m) return;
  const code = m[0].charCodeAt(0);
  throw new DiscloseError(
    'E_ENCODING',
    `the value holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} (written as an escape)`,
    at,
    'Remove the escape: values reach footers, clauses and terminals as text, where control characters do not belong.',
  );
}

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
  // YAML allows tab, line feed and carriage return among the C0 controls, NEL among the C1 ones,
  // and neither U+FFFE nor U+FFFF; the parser lets the rest through into values (a NUL byte in a
  // footer). A raw control character means the file is not the text it seems to be.
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0);
    throw new DiscloseError(
      'E_ENCODING',
      `the file holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}${code === 0 ? ' (NUL)' : ''}, which YAML does not allow`,
      positionOf(text, file, control.index),
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
  if (pre?.problem === 'depth') throw depthError(positionOf(text, file, pre.offset));
  if (pre) {
    throw new DiscloseError('E_FILE_TOO_LARGE', `more than ${YAML_LIMITS.maxTokens} YAML tokens`, positionOf(text, file, pre.offset), 'Split the file, or check that it is the file you meant.');
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
  const refs: References = { anchors: new Map(), open: new Set(), aliases: [] };
  checkNodes(doc.contents as Node | null, 0, toPos, refs);
  const aliasAt = toPos(refs.aliases[0] ?? 0);
  // Resolving aliases costs the parser a walk of the document each: bound their number as well.
  if (refs.aliases.length > YAML_LIMITS.maxAliasCount * 10) throw aliasError(`${refs.aliases.length} aliases`, aliasAt);
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

function aliasError(detail: string, pos: SourcePos): DiscloseError {
  return new DiscloseError('E_YAML_ALIAS_LIMIT', `too many alias expansions (limit ${YAML_LIMITS.maxAliasCount}): ${detail}`, pos, 'Write the values out instead of nesting aliases.');
}

function depthError(pos: SourcePos): DiscloseError {
  return new DiscloseError('E_YAML_DEPTH', `nesting deeper than ${YAML_LIMITS.maxDepth} levels`, pos, 'Flatten the structure; disclose files never need this depth.');
}

/** Line and column of an offset, for errors found before the parser has counted lines. */
function positionOf(text: string, file: string, offset: number): SourcePos {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { file, line, column: offset - start + 1 };
}

/** The node each anchor names so far in document order, the collections being walked, and the aliases' offsets. */
interface References {
  anchors: Map<string, Node>;
  open: Set<Node>;
  aliases: number[];
}

function checkNodes(node: Node | null, depth: number, toPos: (o: number) => SourcePos, refs: References): void {
  if (!node) return;
  if (depth > YAML_LIMITS.maxDepth) throw depthError(toPos(node.range?.[0] ?? 0));
  if (isAlias(node)) {
    const at = node.range?.[0] ?? 0;
    const target = refs.anchors.get(node.source);
    if (!target) {
      throw new DiscloseError('E_YAML_SYNTAX', `YAML syntax error: the alias *${node.source} has no anchor &${node.source} before it`, toPos(at), 'Define the anchor before the alias, or write the value out.');
    }
    if (refs.open.has(target)) {
      throw new DiscloseError('E_YAML_SYNTAX', `YAML syntax error: the alias *${node.source} refers to a collection that contains it`, toPos(at), 'Remove the alias; a value cannot contain itself.');
    }
    refs.aliases.push(at);
    return;
  }
  if (node.anchor) refs.anchors.set(node.anchor, node);
  refs.open.add(node);
  checkChildren(node, depth, toPos, refs);
  refs.open.delete(node);
}

function checkChildren(node: Node, depth: number, toPos: (o: number) => SourcePos, refs: References): void {
  if (isMap(node)) {
    const seen = new Map<string, number>();
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
      const prior = seen.get(key.value);
      if (prior !== undefined) {
        throw new DiscloseError('E_YAML_DUPLICATE_KEY', `duplicate key "${key.value}" (first at line ${toPos(prior).line})`, at, 'Each key may appear once in a mapping; remove or rename one.');
      }
      checkValueText(key.value, at);
      seen.set(key.value, key.range?.[0] ?? 0);
      if (key.anchor) refs.anchors.set(key.anchor, key);
      checkNodes(pair.value as Node | null, depth + 1, toPos, refs);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) checkNodes(item as Node | null, depth + 1, toPos, refs);
  } else if (isScalar(node) && typeof node.value === 'string') {
    checkValueText(node.value, toPos(node.range?.[0] ?? 0));
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
