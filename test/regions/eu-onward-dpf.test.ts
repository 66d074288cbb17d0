/**
 * Review 3 EU-A (/work/notes/review-3-eu-ca.md): Meta Platforms Ireland Limited's onward transfer to
 * its sub-processor Meta Platforms, Inc. (US) names the adequacy decision it rests on (GDPR Art.
 * 13(1)(f), 45(3); Commission Implementing Decision (EU) 2023/1795), from the data: the recipient's
 * `subProcessor.dpfCertified` (channels/whatsapp.yaml; source: the WhatsApp Business Data Transfer
 * Addendum, 16 Feb 2024, https://www.whatsapp.com/legal/business-data-transfer-addendum, read
 * 2026-12-06). Without it no mechanism is claimed.
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from '../../src/claims/read-claims.js';
import { describeClaim } from '../../src/claims/claim.js';
import type { Template } from '../../src/model/types.js';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (t: Template, lng: string, region = 'eu') => renderer.render(t, catalog.region(region), lng, org).clause.text;

const WANT: Record<string, string> = {
  en: 'Meta Platforms Ireland Limited transfers your phone number and message content to Meta Platforms, Inc. in the United States. Meta Platforms, Inc. is certified under the EU-U.S. Data Privacy Framework, for which the European Commission has adopted an adequacy decision (Art. 45(3) GDPR; Commission Implementing Decision (EU) 2023/1795).',
  de: 'Meta Platforms Ireland Limited übermittelt die Daten (Telefonnummer und Nachrichteninhalte) an Meta Platforms, Inc. in den Vereinigten Staaten. Meta Platforms, Inc. ist nach dem Datenschutzrahmen EU-USA zertifiziert, für den die Europäische Kommission einen Angemessenheitsbeschluss erlassen hat (Art. 45 Abs. 3 DSGVO; Durchführungsbeschluss (EU) 2023/1795).',
  fr: "Meta Platforms Ireland Limited transfère les données (numéro de téléphone et contenu des messages) à Meta Platforms, Inc. aux États-Unis. Meta Platforms, Inc. est certifiée au titre du cadre de protection des données UE-États-Unis, qui fait l'objet d'une décision d'adéquation de la Commission européenne (article 45, paragraphe 3, du RGPD ; décision d'exécution (UE) 2023/1795).",
  es: 'Meta Platforms Ireland Limited transfiere los datos (número de teléfono y contenido de los mensajes) a Meta Platforms, Inc., en los Estados Unidos. Meta Platforms, Inc. está certificada con arreglo al Marco de Privacidad de Datos UE-EE. UU., objeto de una decisión de adecuación de la Comisión Europea (artículo 45, apartado 3, del RGPD; Decisión de Ejecución (UE) 2023/1795).',
  it: "Meta Platforms Ireland Limited trasferisce i dati (numero di telefono e contenuto dei messaggi) a Meta Platforms, Inc. negli Stati Uniti. Meta Platforms, Inc. è certificata nell'ambito del quadro UE-USA per la protezione dei dati personali, oggetto di una decisione di adeguatezza della Commissione europea (articolo 45, paragrafo 3, del GDPR; decisione di esecuzione (UE) 2023/1795).",
  nl: 'Meta Platforms Ireland Limited geeft de gegevens (telefoonnummer en inhoud van berichten) door aan Meta Platforms, Inc. in de Verenigde Staten. Meta Platforms, Inc. is gecertificeerd onder het EU-VS-kader voor gegevensbescherming, waarvoor de Europese Commissie een adequaatheidsbesluit heeft vastgesteld (art. 45 lid 3 AVG; Uitvoeringsbesluit (EU) 2023/1795).',
  pl: 'Meta Platforms Ireland Limited przekazuje dane (numer telefonu i treść wiadomości) do Meta Platforms, Inc. w Stanach Zjednoczonych. Meta Platforms, Inc. uczestniczy w ramach ochrony danych UE–USA, dla których Komisja Europejska wydała decyzję stwierdzającą odpowiedni stopień ochrony danych osobowych (art. 45 ust. 3 RODO; decyzja wykonawcza (UE) 2023/1795).',
};

const withoutDpf = (t: Template): Template => ({
  ...t,
  flows: t.flows.map((f) => ({ ...f, recipients: f.recipients.map((r) => (r.subProcessor ? { ...r, subProcessor: { name: r.subProcessor.name, country: r.subProcessor.country } } : r)) })),
});

describe('EU-A: the onward transfer to a DPF-certified sub-processor states the adequacy decision', () => {
  it('every WhatsApp template, every EU locale: the reviewer\'s sentence, no "own safeguards", no separate sub-processor sentence', () => {
    for (const t of templates.filter((x) => x.channel === 'whatsapp')) {
      for (const [lng, line] of Object.entries(WANT)) {
        const text = render(t, lng);
        expect(text, `${t.id} ${lng}`).toContain(line);
        expect(text, `${t.id} ${lng}`).not.toMatch(/own safeguards|eigene Garantien|propres garanties|propias garantías|proprie garanzie|eigen waarborgen|własnych zabezpieczeń/);
        expect(text, `${t.id} ${lng}`).not.toMatch(/engages its sub-processor|Unterauftragsverarbeiter|sous-traitant ultérieur|subencargado|otro encargado del tratamiento|sub-responsabile|subverwerker|dalszy podmiot/);
      }
    }
  });

  it('the data decides: without dpfCertified no mechanism is claimed, and the sub-processor is named on its own', () => {
    const text = render(withoutDpf(tpl('order_shipped')), 'en');
    expect(text).not.toContain('Data Privacy Framework, for which');
    expect(text).not.toContain('2023/1795');
    expect(text).toContain('rests on its own safeguards: United States.');
    expect(text).toContain('Messaging provider Meta Platforms Ireland Limited engages its sub-processor Meta Platforms, Inc. (United States) for this storage.');
  });

  it('only under the GDPR: California and Singapore keep their own sentences', () => {
    expect(render(tpl('order_shipped'), 'en', 'california')).not.toContain('2023/1795');
    expect(render(tpl('order_shipped'), 'en', 'sg')).not.toContain('2023/1795');
  });

  it('the element shows the reviewer what is still open (DPF list entry, exporter, appeal)', () => {
    const el = renderer.render(tpl('order_shipped'), catalog.region('eu'), 'en', org).clause.elements.find((e) => e.id === 'transfer_safeguards')!;
    // The List entry's check as the data record it (dpfChecked; review 9 EU9-1), in the element's mechanism.dpf note.
    expect(el.unsettled).toMatch(/DPF List/);
    expect(el.notes?.find((n) => n.key === 'mechanism.dpf')?.note).toContain('Meta Platforms, Inc.: not checked.');
    expect(el.unsettled).toMatch(/C-703\/25 P/);
  });

  it('the reader reads the sentence as Meta Ireland\'s own transfer to the United States', () => {
    const claims = readClaims(WANT['en']!, catalog.locale('en'), { names: ['Meta Platforms Ireland Limited', 'Meta Platforms, Inc.'] }).claims.map(describeClaim);
    expect(claims).toContain('transfer user.contact.phone_number → "Meta Platforms Ireland Limited" in US');
    expect(claims.some((c) => c.includes('→ "Meta Platforms, Inc."'))).toBe(false);
  });
});
