/**
 * Recipients outside the region (PIPL Art. 39): each once, with its name, country and contact, and how
 * the person exercises rights against it (through our contact point).
 */
import { orgField } from '../../load/organization.js';
import { partyOf, type StatementContext } from './context.js';

/** The overseas-recipient sentences, over the recipients the transfers gathered. */
export function overseasStatements(ctx: StatementContext): void {
  const { s, loc, region, org, overseas, citeOf, built } = ctx;
  for (const { r, flows: ids, data } of overseas.values()) {
    if (!r.contact) built.missingContacts.push({ flow: ids[0]!, recipient: r.name ?? r.type, place: r.country });
    const name = r.name ?? loc.label('recipient', r.type);
    // How to exercise rights against the recipient (PIPL Art. 39): through our own contact point.
    const values = { name, country: loc.country(r.country), email: (region.contactField ? orgField(org, region.contactField) : undefined) ?? org.dpo?.email ?? org.controller.email, article: citeOf('overseas_recipients'), ...(r.contact ? { contact: r.contact } : {}) };
    s.overseas.push({
      key: r.contact ? 'clause.overseasRecipient' : 'statement.overseasRecipientNoContact',
      values,
      claims: [],
      asserts: { kind: 'overseas', flows: ids, data, party: partyOf(r), ...(r.contact ? { contact: r.contact } : {}) },
    });
  }
}
