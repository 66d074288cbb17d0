/**
 * Whether what a rendered sentence asserts (party, place, basis, mechanism, contact, "only",
 * source) follows from the project's declared flows. Returns the reasons it does not; none when it
 * does. Used by the soundness test over every example × region × locale.
 */
import { covers } from '../../src/load/taxonomy.js';
import { euAdequacy } from '../../src/load/adequacy.js';
import type { Flow, Organization, Recipient, RegionProfile, Taxonomy } from '../../src/model/types.js';
import { isOutside, mechanismFor, RECIPIENT_BOUND, recipientMechanism, recipientPlaces, underGdpr } from '../../src/render/facts.js';
import type { ProjectUses } from '../../src/render/project-uses.js';
import type { Assertion } from '../../src/render/statements.js';

export interface World {
  tax: Taxonomy;
  org: Organization;
  region: RegionProfile;
  /** The template's flows as they hold for this organization and region. */
  flows: Flow[];
  /** Every use of data in the project. */
  uses: ProjectUses;
}

export function unsupported(a: Assertion, w: World): string[] {
  const why: string[] = [];
  const flows = a.flows.map((id) => w.flows.find((f) => f.id === id));
  if (flows.some((f) => !f)) return [`names a flow the template does not have (${a.flows.join(', ')})`];
  const fs = flows as Flow[];
  const declared = new Set(fs.flatMap((f) => f.data));
  for (const d of a.data) if (a.kind !== 'noSale' && !declared.has(d)) why.push(`data ${d} is not in flow ${a.flows.join(', ')}`);
  if (a.purpose && ['collect', 'basis', 'interest', 'requirement', 'exclusive'].includes(a.kind) && !fs.some((f) => f.purpose === a.purpose)) why.push(`purpose ${a.purpose} is not the flow's`);
  // A legal obligation under another state's law (retention.statutory.country) is stated, where the
  // region's legal-obligation basis means its own state's law, on the basis its profile gives it
  // (foreignObligationBasis; review-sea X4), and on nothing else.
  const statedOn = (f: Flow) => {
    const country = f.retention?.statutory?.country;
    return f.legalBasis === 'legal_obligation' && w.region.foreignObligationBasis && country && !w.region.countries.includes(country) ? w.region.foreignObligationBasis : f.legalBasis;
  };
  if (a.basis && !fs.some((f) => statedOn(f) === a.basis)) why.push(`basis ${a.basis} is not the flow's`);

  const recipientOf = (): { r: Recipient; f: Flow } | undefined => {
    if (a.party?.kind !== 'recipient') return undefined;
    const p = a.party;
    for (const f of fs) for (const r of f.recipients) if (r.type === p.type && r.name === p.name && r.country === p.country) return { r, f };
    return undefined;
  };
  const orgParty = a.party?.kind === 'organization';
  if (orgParty && a.party!.kind === 'organization' && a.party!.name !== w.org.controller.name) why.push(`names "${a.party!.name}" as us`);
  const hit = recipientOf();
  // The sentence as written says what the assertion records: the party's own name and contact,
  // never ours about a recipient.
  if (a.sentence !== undefined) {
    if (a.contact && !a.sentence.includes(a.contact)) why.push(`the sentence does not give the contact it records (${a.contact})`);
    if (a.party?.kind === 'recipient' && ['share', 'sell', 'store', 'transfer', 'overseas', 'retain'].includes(a.kind)) {
      if (a.party.name && !a.sentence.includes(a.party.name)) why.push(`the sentence does not name ${a.party.name}`);
      for (const ours of [w.org.controller.email, w.org.controller.name]) if (a.sentence.includes(ours)) why.push(`a sentence about ${a.party.name ?? a.party.type} gives our own "${ours}"`);
    }
  }
  if (a.party?.kind === 'recipient' && !hit) why.push(`recipient ${a.party.name ?? a.party.type} (${a.party.country}) is not declared in the flow`);

  switch (a.kind) {
    case 'share':
    case 'sell':
      if (!hit) why.push('a share names no declared recipient');
      else if (a.place !== hit.r.country) why.push(`recipient placed in ${a.place}, declared in ${hit.r.country}`);
      break;
    case 'store': {
      const places = (a.place ?? '').split(',').filter(Boolean);
      if (orgParty) {
        for (const p of places) if (!fs.some((f) => f.storage.includes(p))) why.push(`we are said to store in ${p}, which no flow declares as our storage`);
      } else if (hit) {
        for (const p of places) if (!recipientPlaces(hit.r).includes(p)) why.push(`${hit.r.name} is said to store in ${p}, which it does not declare`);
      } else why.push('storage names no party');
      break;
    }
    case 'transfer': {
      const place = a.place!;
      if (orgParty) {
        if (!fs.some((f) => f.storage.includes(place))) why.push(`transfer to our own systems in ${place}, which no flow declares`);
        if (place === w.org.controller.country) why.push(`our own establishment in ${place} is stated as a transfer`);
        if (a.mechanism && RECIPIENT_BOUND.has(a.mechanism)) why.push(`our own systems in ${place} rest on "${a.mechanism}", which needs another party`);
        const declaredM = fs.map((f) => mechanismFor(f.transfer, w.region)).find(Boolean);
        if (a.mechanism && a.mechanism !== declaredM && !(a.mechanism === 'adequacy' && euAdequacy().get(place)?.scope !== 'dpf')) why.push(`mechanism ${a.mechanism} is neither declared nor an adequacy decision`);
      } else if (hit) {
        if (place !== hit.r.country && !recipientPlaces(hit.r).includes(place)) why.push(`transfer to ${hit.r.name} in ${place}, where it neither is nor stores`);
        const declaredM = recipientMechanism(hit.r, hit.f, w.region);
        if (a.mechanism) {
          const implied = !declaredM && (a.mechanism === 'adequacy' || a.mechanism === 'dpf');
          if (a.mechanism !== declaredM && !implied) why.push(`mechanism ${a.mechanism} is not the declared ${declaredM}`);
          if (a.mechanism === 'dpf' && (place !== 'US' || !hit.r.dpfCertified)) why.push(`the DPF covers only a DPF-certified recipient in the US (${hit.r.name}, ${place})`);
          if (a.mechanism === 'adequacy' && underGdpr(w.region)) {
            const d = euAdequacy().get(place);
            if (!d) why.push(`no adequacy decision covers ${place}`);
            else if (d.scope === 'dpf' && !hit.r.dpfCertified) why.push(`the US adequacy decision covers only DPF-certified recipients`);
          }
        }
      } else why.push('a transfer names no party');
      if (a.mechanism && !w.region.transferMechanisms.includes(a.mechanism)) why.push(`${w.region.id} does not accept ${a.mechanism}`);
      if (!isOutside(place, w.region)) why.push(`${place} is inside ${w.region.id}: no transfer`);
      break;
    }
    case 'overseas':
      if (a.party?.kind !== 'recipient') why.push('the organization is named as an overseas recipient of its own data');
      else if (hit) {
        if (a.contact !== hit.r.contact) why.push(`contact "${a.contact}" is not ${hit.r.name}'s own (${hit.r.contact ?? 'none declared'})`);
        if (!isOutside(hit.r.country, w.region) && !recipientPlaces(hit.r).some((p) => isOutside(p, w.region))) why.push(`${hit.r.name} is not outside ${w.region.id}`);
      }
      if (a.contact && (a.contact === w.org.controller.email || a.contact === w.org.dpo?.email)) why.push('our own contact is given as the recipient\'s');
      break;
    case 'retain':
      // Who keeps the data: we for our own period, the recipients for theirs (retention.heldBy; review 3 EU-m4).
      for (const f of fs) {
        // Or data the person gives straight to the recipients, whose period they determine (collectedByRecipients;
        // review 6 TH6-1, CN6-3): the flow has no period of ours.
        const theirs = f.retention?.heldBy === 'recipients' || (!f.retention && f.collectedByRecipients?.retentionCriteria !== undefined);
        if (orgParty && theirs) why.push(`"we keep" the data of flow ${f.id}, whose period its recipients hold`);
        if (a.party?.kind === 'recipient' && !theirs) why.push(`${a.party.name ?? a.party.type} is said to keep the data of flow ${f.id}, whose period is ours`);
      }
      break;
    case 'exclusive':
      for (const d of a.data) {
        const other = w.uses.otherPurposes(w.tax, d, a.purpose!);
        if (other.length) why.push(`"only for ${a.purpose}" about ${d}, but ${other[0]!.template}/${other[0]!.flow} uses it for ${other[0]!.purpose}`);
      }
      break;
    case 'source':
      for (const f of fs) {
        const kind = f.source?.from ?? 'user';
        if (kind !== a.source && a.data.some((d) => f.data.includes(d))) why.push(`stated as ${a.source}, but flow ${f.id} gets it ${kind}`);
      }
      break;
    case 'sensitive':
      for (const f of fs) {
        if (a.condition && f.sensitive?.gdprCondition !== a.condition) why.push(`Art. 9(2)(${a.condition}) stated, flow ${f.id} declares ${f.sensitive?.gdprCondition ?? 'none'}`);
        if (a.permitted && a.permitted.join() !== (f.sensitive?.ccpaPermitted ?? []).join()) why.push(`§7027 ${a.permitted.join(', ')} stated, flow ${f.id} declares ${(f.sensitive?.ccpaPermitted ?? []).join(', ') || 'none'}`);
        if (a.effect && !f.sensitive?.effect) why.push(`an effect on the person stated, flow ${f.id} declares none`);
      }
      break;
    case 'noSale':
      for (const d of a.data) if (w.flows.some((f) => f.sold && f.data.some((x) => covers(w.tax, 'data', x, d) || covers(w.tax, 'data', d, x)))) why.push(`"we do not sell" ${d}, but a flow sells it`);
      break;
  }
  return why;
}
