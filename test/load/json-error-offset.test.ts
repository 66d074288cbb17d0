import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/load/json-error-offset.js';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2, {"b": [true, false, null, -1.5e3, "x\\u00e9"]}]', -1],
    ['{"a": en}', 6],
    ['{"a": [1, 2,]}', 12],
    ['{"a" 1}', 5],
    ['{"a": 1} x', 9],
    ['{"a": "x', 8],
    ['', 0],
    ['{"a": "\\q"}', 7],
    ['{"a": 01}', 7],
  ])('%j → %i', (text, offset) => expect(jsonErrorOffset(text)).toBe(offset));
  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{}', '[]', '"x"', '0', '{"a":{"b":[{}]}}', ' \n{"a" : [ ] }\n']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBe(-1);
    }
  });
});
