import type { Rule } from '../check/rule.js';
import { holds } from '../render/facts.js';
import { orgField } from '../load/organization.js';
import { oneLine } from '../render/one-line.js';

/** An element the region requires for these flows is not in the clause. */
export const rule: Rule = {
  meta: {
    id: 'region-element-missing',
    scope: 'render',
    description: 'The clause contains every element its region requires for the declared flows (the article is in the region profile).',
    source: 'regions/*.yaml: each element cites its article (GDPR Art. 13; CCPA §1798.100, §1798.135; PIPL Art. 17, 23, 38–39; PDPA-style laws)',
    severity: 'error',
    messages: {
      needs: '{{region}} requires "{{element}}" ({{article}}), which needs {{fields}} in the organization file',
      absent: '{{region}} requires "{{element}}" ({{article}}) for these flows, and the clause does not contain it',
      companion: '{{region}} requires the notice in {{locales}} ({{article}}); the {{missing}} version is missing',
    },
  },
  check(ctx) {
    const { region, render } = ctx;
    if (!region || !render) return;
    for (const el of region.elements) {
      if (!holds(el.when, render.facts, ctx.org)) continue;
      const base = { region: region.id, element: el.id, article: el.article };
      const outcome = render.clause.elements.find((e) => e.id === el.id);
      if (outcome && outcome.missing.length) {
        ctx.report({ messageId: 'needs', data: { ...base, fields: outcome.missing.join(', ') }, pos: { file: ctx.org.file, line: 1, column: 1 }, fix: `Add ${outcome.missing.join(', ')} to ${ctx.org.file}.` });
        continue;
      }
      if (el.detect.companionLocales) {
        const have = new Set([render.locale, ...render.clause.companions.map((c) => c.locale)]);
        const missing = el.detect.companionLocales.filter((l) => !have.has(l));
        if (missing.length) ctx.report({ messageId: 'companion', data: { ...base, locales: el.detect.companionLocales.join(' and '), missing: missing.join(', ') }, pos: ctx.clausePos(0) });
        continue;
      }
      if (!present(el.detect, ctx)) {
        ctx.report({ messageId: 'absent', data: base, pos: ctx.clausePos(0), fix: `Add the ${el.id} element (${el.article}) to the clause, or run \`disclose sync --write\`.` });
      }
    }
  },
};

function present(detect: import('../model/types.js').ElementDetect, ctx: Parameters<Rule['check']>[0]): boolean {
  const read = ctx.clauseRead;
  const text = ctx.clauseText ?? '';
  if (!read) return true;
  const checks: boolean[] = [];
  if (detect.claims) checks.push(read.claims.some((c) => detect.claims!.includes(c.action as never)));
  if (detect.orgText) checks.push(detect.orgText.every((f) => {
    const v = orgField(ctx.org, f);
    // As the clause writes it: on one line (see oneLine).
    return v !== undefined && text.includes(oneLine(v));
  }));
  if (detect.cue) checks.push(detect.cue.some((c) => read.cues.has(c)));
  return checks.every(Boolean);
}
