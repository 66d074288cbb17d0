import { describe, expect, it } from 'vitest';
import { findPlaceholders, VALID_NAME } from '../../src/lint/placeholders.js';

describe('placeholders', () => {
  it('finds positional and named ones with offsets, trimming spaces', () => {
    expect(findPlaceholders('Hi {{1}}, {{ order_id }}!')).toEqual([
      { name: '1', positional: true, start: 3, end: 8 },
      { name: 'order_id', positional: false, start: 10, end: 24 },
    ]);
  });
  it('valid names', () => {
    for (const n of ['1', '12', 'order_id', 'a1']) expect(VALID_NAME.test(n)).toBe(true);
    for (const n of ['0', '01', 'Order', 'order id', '_x', '']) expect(VALID_NAME.test(n)).toBe(false);
  });
});
