/**
 * Checks on a parsed YAML tree before it becomes data: nesting depth, keys that are not plain
 * strings, prototype keys, duplicate keys (in linear time), control characters written as escapes,
 * and aliases (each must follow its anchor and may not name a collection that contains it).
 */
import { isMap, isSeq, isScalar, isAlias, type Node } from 'yaml';
import { DiscloseError } from '../errors.js';
import type { SourcePos } from '../model/types.js';
import { YAML_LIMITS } from './yaml-limits.js';

/** The YAML core schema's tags; others (`!!binary`, `!!set`, `!!timestamp`, local `!tags`) would turn a value into a Buffer, a Set or nothing. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Characters outside YAML's printable set (YAML 1.2, production c-printable), surrogates aside. */
export const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

function checkValueText(value: string, at: SourcePos): void {
  // The same characters written as escapes in a double-quoted scalar ("\e[2J", "\0").
  const m = CONTROL.exec(value);
  if (!m) return;
  const code = m[0].charCodeAt(0);
  throw new DiscloseError(
    'E_ENCODING',
    `the value holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} (written as an escape)`,
    at,
    'Remove the escape: values reach footers, clauses and terminals as text, where control characters do not belong.',
  );
}

export function aliasError(detail: string, pos: SourcePos): DiscloseError {
  return new DiscloseError('E_YAML_ALIAS_LIMIT', `too many alias expansions (limit ${YAML_LIMITS.maxAliasCount}): ${detail}`, pos, 'Write the values out instead of nesting aliases.');
}

export function depthError(pos: SourcePos): DiscloseError {
  return new DiscloseError('E_YAML_DEPTH', `nesting deeper than ${YAML_LIMITS.maxDepth} levels`, pos, 'Flatten the structure; disclose files never need this depth.');
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
  if (node.tag && !CORE_TAGS.has(node.tag)) {
    const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    throw new DiscloseError('E_SCHEMA', `the tag ${tag} is not supported`, toPos(node.range?.[0] ?? 0), 'Remove the tag: disclose files hold strings, numbers, booleans, lists and mappings (!!str and the other core tags may stay).');
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

/** Checks the tree under `root`; returns the offsets of its aliases, in document order. */
export function checkTree(root: Node | null, toPos: (o: number) => SourcePos): number[] {
  const refs: References = { anchors: new Map(), open: new Set(), aliases: [] };
  checkNodes(root, 0, toPos, refs);
  return refs.aliases;
}
