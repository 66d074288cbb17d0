import { describe, expect, it } from 'vitest';
import { parseDocument, LineCounter, isScalar } from 'yaml';
import { scalarPositions } from '../../src/load/scalar-positions.js';

/** Line and column of `offset` in the value of `key`, through scalarPositions. */
function at(text: string, key: string, needle: string): [number, number] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const node = doc.get(key, true);
  if (!isScalar(node)) throw new Error('not a scalar');
  const value = String(node.value);
  const { line, col } = lc.linePos(node.range![0]);
  const pos = scalarPositions(text, { file: 'x.yaml', line, column: col }, value)(value.indexOf(needle));
  return [pos.line, pos.column];
}

describe('positions inside YAML scalars', () => {
  const text = [
    'id: x', //                                   1
    'body: |-', //                                2
    '  Hello {{1}},', //                          3
    '', //                                        4
    '    indented line', //                       5
    'purpose: >-', //                             6
    '  folded text that', //                      7
    '  goes on here', //                          8
    'footer: "quoted \\"text\\" here"', //        9
    'header: plain words', //                     10
  ].join('\n');
  it('literal block', () => {
    expect(at(text, 'body', 'Hello')).toEqual([3, 3]);
    expect(at(text, 'body', 'indented')).toEqual([5, 5]);
  });
  it('folded block', () => expect(at(text, 'purpose', 'goes')).toEqual([8, 3]));
  it('double-quoted with escapes', () => expect(at(text, 'footer', 'here')).toEqual([9, 26]));
  it('plain', () => expect(at(text, 'header', 'words')).toEqual([10, 15]));
});
