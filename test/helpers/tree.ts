import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLES } from './examples.js';

export function tmp(prefix = 'disclose-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A copy of the examples (organization + templates) to change in a test. */
export function copyExamples(): string {
  const dir = tmp();
  cpSync(path.join(EXAMPLES, 'organization.yaml'), path.join(dir, 'organization.yaml'));
  cpSync(path.join(EXAMPLES, 'templates'), path.join(dir, 'templates'), { recursive: true });
  return dir;
}

/**
 * Makes the copied order_shipped declare its delivery flow `exclusive: true` ("only for order
 * delivery"), which the shipped example no longer does (the invoice keeps the same address): a
 * template whose text depends on every other template's flows, for the cache tests.
 */
export function declareExclusiveDelivery(dir: string): void {
  const file = path.join(dir, 'templates', 'order_shipped.yaml');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('    legalBasis: contract\n');
  if (at < 0) throw new Error('order_shipped.yaml has no delivery flow with legalBasis: contract');
  writeFileSync(file, text.slice(0, at) + '    legalBasis: contract\n    exclusive: true\n' + text.slice(at + '    legalBasis: contract\n'.length));
}

/** Makes the copied support_followup also use the postal address (a change of another template's flows). */
export function addAddressToSupport(dir: string): void {
  const file = path.join(dir, 'templates', 'support_followup.yaml');
  const text = readFileSync(file, 'utf8');
  const changed = text.replace('    data: [user.name, ', '    data: [user.name, user.contact.address, ');
  if (changed === text) throw new Error('support_followup.yaml has no flow whose data start with user.name');
  writeFileSync(file, changed);
}

/** Every file below `dir` with its bytes, by relative path. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}
