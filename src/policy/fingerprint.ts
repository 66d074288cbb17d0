/**
 * The fingerprint a managed block's opening marker carries: the first 16 hex digits of the SHA-256
 * of the block content as disclose wrote it, with CRLF line breaks read as LF. Content that no
 * longer matches its fingerprint was edited by hand.
 */
import { createHash } from 'node:crypto';

export const FINGERPRINT_ATTR = 'sha256';

export function fingerprint(content: string): string {
  return createHash('sha256').update(content.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 16);
}

/** Whether `content` is what disclose wrote when it recorded `recorded`. */
export function matchesFingerprint(content: string, recorded: string): boolean {
  return fingerprint(content) === recorded.toLowerCase();
}
