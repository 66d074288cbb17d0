/**
 * What a region's data asks of its footers (profile `footer:`; review-3 CN3-5, CN3-8):
 * - `groupData: clause`: the grouped footer names the data as the clause does (手机号码, not the
 *   group 联系方式), and a group of recipients all of one type by that type (消息服务商, not 服务商);
 * - `refusal`: where the template's flows meet `when` (marketing), the footer says how to refuse
 *   further messages, with the reply keyword the organization's handling accepts in the locale
 *   (`replyKeywords`), else the channel's default (《广告法》第四十三条第二款 for China).
 */
import type { Condition, Organization, RegionProfile, ChannelProfile } from '../model/types.js';
import { holds, type Facts } from './facts.js';
import type { FooterGroup } from './handlebars-env.js';
import type { Localizer } from './localizer.js';

declare module '../model/types.js' {
  interface RegionProfile {
    /** What the region's footers must say or how they group (src/render/footer-region.ts). */
    footer?: RegionFooter;
  }
}

export interface RegionFooter {
  /** `clause`: the grouped variant keeps the clause's data categories and names a one-type group by its type. */
  groupData?: 'clause' | 'group';
  /** A way to refuse further messages, where the flows meet `when`; `article` is what requires it (for the reviewer). */
  refusal?: { when: Condition; article: string; note?: string };
}

/** The refusal sentence the footer carries ("回复退订拒收。"), or undefined where the region asks for none. */
export function footerRefusal(region: RegionProfile, facts: Facts, org: Organization, channel: ChannelProfile, loc: Localizer): string | undefined {
  const refusal = region.footer?.refusal;
  if (!refusal || !holds(refusal.when, facts, org)) return undefined;
  const keyword = (org.replyKeywords?.[loc.lng] ?? channel.stopKeywords?.['default'])?.[0];
  return keyword ? loc.t('footer.refusal', { keyword }) : undefined;
}

/**
 * Groups of the grouped footer, named as the clause names them: a group whose recipients are all of
 * one type takes that type; `typesOf` gives the recipient types behind a group. With `rank`, each
 * group's data are in that order (the taxonomy's: name, phone number, e-mail address, …), not in the
 * order the flows happen to list them (review 5 CN5-11d: 姓名、手机号码、电子邮箱地址、客户编号、消息内容).
 */
export function clauseNamedGroups(groups: FooterGroup[], typesOf: (g: FooterGroup) => string[], rank?: (d: string) => number): FooterGroup[] {
  return groups.map((g) => {
    const types = [...new Set(typesOf(g))];
    const data = rank ? [...g.data].sort((a, b) => rank(a) - rank(b)) : g.data;
    return types.length === 1 ? { ...g, data, recipient: { ...g.recipient, type: types[0]! } } : { ...g, data };
  });
}
