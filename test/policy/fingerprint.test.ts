import { describe, expect, it } from 'vitest';
import { fingerprint, matchesFingerprint } from '../../src/policy/fingerprint.js';

describe('fingerprint', () => {
  it('is the first 16 hex digits of the SHA-256 of the LF-normalized content', () => {
    // sha256("a\nb\n") = 4ce6...; checked against node's crypto in the implementation, here the shape and the normalization.
    expect(fingerprint('a\nb\n')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('a\r\nb\r\n')).toBe(fingerprint('a\nb\n'));
    expect(fingerprint('a\nb')).not.toBe(fingerprint('a\nb\n'));
    expect(fingerprint('')).toBe('e3b0c44298fc1c14');
  });
  it('matches case-insensitively', () => {
    const f = fingerprint('text\n');
    expect(matchesFingerprint('text\r\n', f.toUpperCase())).toBe(true);
    expect(matchesFingerprint('text!\n', f)).toBe(false);
  });
});
