import type { ProjectRule } from '../check/project-rule.js';

/**
 * Every key and snippet of a project's approved wording still replaces one of ours. A key that
 * matches nothing (a typo, or a key disclose renamed or dropped) is never used: the message goes
 * out with our wording instead of the approved one.
 */
export const rule: ProjectRule = {
  meta: {
    id: 'override-unknown-key',
    scope: 'project',
    description: 'Every key and snippet of the approved-wording folder replaces one of disclose\'s own; a stale one is never used.',
    source: 'disclose consistency guarantee: the wording that goes out is the wording legal approved',
    severity: 'error',
    messages: {
      wording: 'the approved wording key "{{key}}" ({{locale}}) matches no wording key of disclose: it is never used',
      label: 'the approved label "{{key}}" ({{locale}}) names no taxonomy entry: it is never used',
      reader: 'the approved reader entry "{{key}}" ({{locale}}) matches no reader section of disclose: it is never used',
      snippet: 'the approved snippet "{{key}}" replaces no snippet of disclose and no region uses it: it is never used',
    },
  },
  check(ctx) {
    for (const e of ctx.overrides.entries) {
      if (ctx.overrides.known(e.kind, e.locale).has(e.key)) continue;
      ctx.report({ messageId: e.kind, data: { key: e.key, ...(e.locale ? { locale: e.locale } : {}) }, pos: e.pos });
    }
  },
};
