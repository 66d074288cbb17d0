/** Loads channel profiles (limits and the flows every message on the channel implies). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ChannelProfile, Taxonomy } from '../model/types.js';
import { loadYamlFile } from './read-file.js';
import { checkDpfDates } from './check-dpf-dates.js';
import { buildFlows, type RawFlow } from './flows.js';

export function loadChannels(dir: string, tax: Taxonomy): Map<string, ChannelProfile> {
  const out = new Map<string, ChannelProfile>();
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = path.join(dir, name);
    const y = loadYamlFile(file, 'channel');
    if (!y.builtin) checkDpfDates(y);
    const raw = y.data as Omit<ChannelProfile, 'implies' | 'file'> & { implies: RawFlow[] };
    out.set(raw.id, { ...raw, implies: buildFlows(raw.implies, tax, y, ['implies'], raw.id), file });
  }
  return out;
}
