import type { Rule, RuleContext } from '../check/rule.js';
import type { ConsentNeed, ConsentRecord } from '../model/types.js';
import { holds } from '../render/facts.js';
import { consentRecords } from '../model/consent-records.js';

/** ISO 8601 date and time to the minute at least, with an optional zone. */
const TO_THE_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

function toTheMinute(value: string | undefined): boolean {
  return value !== undefined && TO_THE_MINUTE.test(value) && !Number.isNaN(Date.parse(value));
}

/** Position of a field of the record, else of the `consent:` key. */
function fieldPos(ctx: RuleContext, record: ConsentRecord, key?: string) {
  return (key ? ctx.template.positions[`consent.${key}`] : undefined) ?? ctx.template.positions['consent'] ?? record.pos;
}

function checkNeed(ctx: RuleContext, need: ConsentNeed, record: ConsentRecord): void {
  const at = (key: string) => fieldPos(ctx, record, key);
  const data = { region: ctx.region?.id, article: need.article };
  switch (need.id) {
    case 'specific':
      if (record.specific !== true) ctx.report({ messageId: 'notSpecific', data, pos: at('specific'), fix: 'Record consent given for this message type alone (specific: true), not bundled with other purposes.' });
      return;
    case 'withdrawal_recorded':
      if (record.withdrawalRecorded !== true) ctx.report({ messageId: 'noWithdrawal', data, pos: at('withdrawalRecorded'), fix: 'Record how and when consent can be withdrawn (withdrawalRecorded: true).' });
      return;
    case 'double_opt_in': {
      const d = record.doubleOptIn;
      if (!d?.codeSentAt || !d.confirmedAt) ctx.report({ messageId: 'noDoubleOptIn', data, pos: at('doubleOptIn'), fix: 'Record doubleOptIn: { codeSentAt, confirmedAt }.' });
      else if (!toTheMinute(d.codeSentAt) || !toTheMinute(d.confirmedAt)) ctx.report({ messageId: 'doubleOptInTime', data, pos: at('doubleOptIn'), fix: 'Write both times as ISO 8601 to the minute, e.g. 2026-03-14T09:30+01:00.' });
      else if (Date.parse(d.confirmedAt) <= Date.parse(d.codeSentAt)) ctx.report({ messageId: 'doubleOptInOrder', data, pos: at('doubleOptIn.confirmedAt'), fix: 'The confirmation comes after the code was sent.' });
      return;
    }
    default: {
      const kind = need.id.slice('separate_'.length);
      if (!(record.separate ?? []).includes(kind)) ctx.report({ messageId: 'noSeparate', data: { ...data, consent: kind }, pos: at('separate'), fix: `Record the separate consent: separate: [${kind}].` });
    }
  }
}

/** The consent record proves who consented, when, to what, and how, as the region asks. */
export const rule: Rule = {
  meta: {
    id: 'consent-evidence',
    scope: 'render',
    description: 'Templates that rest on consent, and marketing templates, carry a consent record: user identifier, time to the minute, a scope matching the category, the path of the action, no pre-ticked box, plus what the region asks (region profile `consent:`).',
    source: 'Meta WhatsApp Business opt-in requirements; GDPR Art. 4(11), 7(1), 7(3); PIPL Art. 23, 29, 39; UU PDP Art. 22; MY PDPA s.6; evidence reviewers look for (user, time to the minute, message types, path; pre-ticked boxes rejected)',
    severity: 'error',
    messages: {
      missing: 'the template rests on consent ({{reason}}) but has no consent record',
      noUser: 'the consent record does not name the user identifier',
      noTime: 'the consent record has no time of consent',
      timeNotMinute: 'the time of consent "{{timestamp}}" is not an ISO 8601 date and time to the minute',
      noScope: 'the consent record does not say what was consented to',
      scopeMismatch: 'consent to {{scope}} does not cover a {{category}} template',
      noPath: 'the consent record does not give the path of the user\'s action',
      preTicked: 'consent given through a pre-ticked box does not count',
      notSpecific: '{{region}}: consent must be specific to this purpose ({{article}})',
      noWithdrawal: '{{region}}: the consent record does not show that withdrawal is possible and recorded ({{article}})',
      noDoubleOptIn: '{{region}}: the consent record shows no double confirmation (code sent, then confirmed) ({{article}})',
      doubleOptInTime: '{{region}}: the double confirmation times are not ISO 8601 to the minute ({{article}})',
      doubleOptInOrder: '{{region}}: the confirmation is not later than the code it confirms ({{article}})',
      noSeparate: '{{region}}: the flows need a separate consent for {{consent}} ({{article}})',
      separateNotRecorded: 'flow "{{flow}}" declares a separate consent, but its consent record also covers {{others}}: the record shows one box for them all',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const onConsent = t.flows.some((f) => f.legalBasis === 'consent');
    if (!onConsent && t.category !== 'marketing') return;
    const record = t.consent;
    if (!record) {
      ctx.report({ messageId: 'missing', data: { reason: onConsent ? 'legal basis consent' : 'marketing' }, pos: t.positions['category'], fix: 'Add consent: { userIdentifier, timestamp, scope, path } for the recipients of this template.' });
      return;
    }
    const at = (key?: string) => fieldPos(ctx, record, key);
    if (record.preTicked === true) ctx.report({ messageId: 'preTicked', pos: at('preTicked'), fix: 'Collect consent through an unticked box or an explicit action.' });
    if (!record.userIdentifier?.trim()) ctx.report({ messageId: 'noUser', pos: at(), fix: 'Add userIdentifier: the field that identifies the person (e.g. phone number in E.164).' });
    if (!record.timestamp) ctx.report({ messageId: 'noTime', pos: at(), fix: 'Add timestamp: ISO 8601 to the minute, e.g. 2026-03-14T09:30+01:00.' });
    else if (!toTheMinute(record.timestamp)) ctx.report({ messageId: 'timeNotMinute', data: { timestamp: record.timestamp }, pos: at('timestamp'), fix: 'Write the time as ISO 8601 to the minute, e.g. 2026-03-14T09:30+01:00.' });
    const scope = record.scope ?? [];
    if (scope.length === 0) ctx.report({ messageId: 'noScope', pos: at('scope'), fix: `Add scope: [${t.category}].` });
    else if (!scope.includes(t.category)) ctx.report({ messageId: 'scopeMismatch', data: { scope: scope.join(', '), category: t.category }, pos: at('scope'), fix: `Collect consent for ${t.category} messages; consent to one category does not cover another.` });
    if (!record.path?.trim()) ctx.report({ messageId: 'noPath', pos: at(), severity: 'warning', fix: 'Add path: where and how the person consented, e.g. "checkout > WhatsApp updates (unticked box) > Place order".' });
    // Each separate record proves its own consent as the template's record does (review 7 EU7-1).
    for (const other of record.separateRecords ?? []) {
      const pos = other.pos ?? at();
      if (other.preTicked === true) ctx.report({ messageId: 'preTicked', pos, fix: 'Collect consent through an unticked box or an explicit action.' });
      if (!other.timestamp) ctx.report({ messageId: 'noTime', pos, fix: 'Add timestamp: ISO 8601 to the minute, e.g. 2026-03-14T09:30+01:00.' });
      else if (!toTheMinute(other.timestamp)) ctx.report({ messageId: 'timeNotMinute', data: { timestamp: other.timestamp }, pos, fix: 'Write the time as ISO 8601 to the minute, e.g. 2026-03-14T09:30+01:00.' });
      if (!other.path?.trim()) ctx.report({ messageId: 'noPath', pos, severity: 'warning', fix: 'Add path: where and how the person gave this consent, e.g. "Account > Notifications > Personalised ads (unticked box) > Save".' });
    }
    // A flow whose consent is given separately (consent.separate) has a record of its own: a record that also
    // covers other consent flows shows one box for all of them, which is not a specific, informed consent to
    // that flow (GDPR Art. 4(11), 7(2); EDPB Guidelines 05/2020 §§55-61; review 7 EU7-1: "WhatsApp offers"
    // as the consent to sharing with AdReach Media).
    for (const { record: r, flows: covered } of consentRecords(t)) {
      for (const f of covered) {
        if (!f.consent?.separate) continue;
        const others = covered.filter((o) => o !== f).map((o) => o.id);
        if (others.length === 0) continue;
        ctx.report({
          messageId: 'separateNotRecorded',
          severity: 'warning',
          data: { flow: f.id, others: others.map((id) => `"${id}"`).join(', ') },
          pos: r === record ? at() : (r.pos ?? at()),
          fix: `Record the separate consent under consent.separateRecords: { flows: [${f.id}], timestamp, method (its own unticked box naming the recipient and the use), path, setting (its own switch per locale) }.`,
        });
      }
    }
    const facts = ctx.render?.facts;
    for (const need of ctx.region?.consent ?? []) {
      if (facts && !holds(need.when, facts, ctx.org)) continue;
      checkNeed(ctx, need, record);
    }
  },
};
