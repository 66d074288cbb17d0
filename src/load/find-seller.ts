/**
 * Whether any template of a project sells or shares personal information (CCPA), without loading
 * every template: California's opt-out link belongs in every clause of a business that does (11 CCR
 * §7012(e)), so each California render asks, and an export's worker would otherwise load the whole
 * project once more to answer. A flow sells or shares only by saying so (`sold: true` on the flow or
 * a recipient, `shared: true`): a file whose text has no such key with a true value (or a value
 * given by a tag or an alias, which the scan cannot judge) has no such flow, and only the files that
 * may have one are loaded. The channel's own flows count for every template on the channel.
 */
import { readFileSync } from 'node:fs';
import type { ChannelProfile, Template } from '../model/types.js';
import { flowSellsOrShares, type DataUse } from '../render/project-uses.js';

/** A `sold:` or `shared:` key whose value may be true: a YAML 1.2 true, or a tag or alias the scan cannot judge. */
const MAY_SELL = /["']?\b(?:sold|shared)["']?\s*:\s*(?:true|True|TRUE|!|\*)/;

/** The first use that sells or shares, or undefined when no template's flows (the channel's included) do. */
export function findSeller(files: readonly string[], load: (file: string) => Template, channels: ReadonlyMap<string, ChannelProfile>): DataUse | undefined {
  const sellingChannels = new Set([...channels.values()].filter((c) => c.implies.some(flowSellsOrShares)).map((c) => c.id as string));
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = '';
    }
    // A channel whose own flows sell decides for every template on it; the template's channel is in its text.
    if (!MAY_SELL.test(text) && !(sellingChannels.size > 0 && [...sellingChannels].some((c) => text.includes(c)))) continue;
    const t = load(file);
    const flow = t.flows.find(flowSellsOrShares);
    if (flow) return { data: flow.data[0] ?? '', purpose: flow.purpose, template: t.id, flow: flow.id, soldOrShared: true };
  }
  return undefined;
}
