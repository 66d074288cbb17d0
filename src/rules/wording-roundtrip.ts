import type { Rule } from '../check/rule.js';
import { claimKey, describeClaim, uniqueClaims } from '../claims/claim.js';

/**
 * The claims read back from the generated footer and clause equal the claims the renderer
 * recorded. Fails when overridden wording drops or changes what a sentence says.
 */
export const rule: Rule = {
  meta: {
    id: 'wording-roundtrip',
    scope: 'render',
    description: 'Generated wording (ours or an approved override) still says every claim the renderer wrote, and nothing else.',
    source: 'disclose consistency guarantee: footer and clause make exactly the claims of the declared flows',
    severity: 'error',
    messages: {
      lost: 'the generated {{part}} does not say "{{claim}}" in {{locale}}: the wording lost it',
      extra: 'the generated {{part}} says "{{claim}}" in {{locale}}, which the flows do not declare',
    },
  },
  check(ctx) {
    const r = ctx.render;
    if (!r || !ctx.generatedRead) return;
    const parts = [
      // flowClaims: the clause's recorded claims, each once (run-rules made them).
      { part: 'clause', unique: ctx.flowClaims ?? uniqueClaims(r.clause.claims), read: ctx.generatedRead.clause.claims },
      ...(r.footer.variant === 'own' ? [] : [{ part: 'footer', unique: uniqueClaims(r.footer.claims), read: ctx.generatedRead.footer.claims }]),
    ];
    for (const { part, unique, read } of parts) {
      const w = new Set(unique.map(claimKey));
      const rd = new Set(read.map(claimKey));
      for (const c of unique) if (!rd.has(claimKey(c))) ctx.report({ messageId: 'lost', data: { part, claim: describeClaim(c), locale: r.locale }, pos: ctx.template.positions['flows'] });
      for (const c of read) if (!w.has(claimKey(c))) ctx.report({ messageId: 'extra', data: { part, claim: describeClaim(c), locale: r.locale }, pos: ctx.template.positions['flows'] });
    }
  },
};
