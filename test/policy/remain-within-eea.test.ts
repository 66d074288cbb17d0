/**
 * Issue 18, held-out-9 orologeria-brambilla and held-out-8 cerrajeria-el-pestillo (RB-T5, RE-D2): "Nessun dato
 * lascia lo Spazio economico europeo", "Toda la información se queda dentro del Espacio Económico Europeo" deny
 * a transfer anywhere outside the EEA (reader.yaml policy.remainWithin in it and es; the EEA by its name in
 * places, read as the Union), weighed against a flow whose recipient is in the United States. Policies in our
 * own words.
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('remain-within-eea-');

const delivery = async (name: string, locale: string, lines: string[]) => {
  const { code, findings, err } = await checkText(name, ['# Privacy', '', ...lines].join('\n'), ['--region', 'eu', '--locale', locale]);
  expect(code, err).toBeLessThan(2);
  return onFlow(findings, 'delivery', 'transfers');
};

describe('data said to stay inside the EEA, against a recipient in the United States', () => {
  it('it "Nessun dato lascia lo Spazio economico europeo"', async () => {
    const fs = await delivery('it.md', 'it', [
      '## Consegne',
      '',
      'I pacchi sono consegnati da SwiftShip Logistics, con sede negli Stati Uniti, che riceve nome, telefono e indirizzo di consegna; per il trasferimento valgono le clausole contrattuali standard della Commissione europea.',
      '',
      '## Dove sono i dati',
      '',
      'Il nostro negozio online si trova su server in Germania. Nessun dato lascia lo Spazio economico europeo.',
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ data: { class: 'ambiguous' } });
  });

  it('es "Toda la información se queda dentro del Espacio Económico Europeo"', async () => {
    const fs = await delivery('es.md', 'es', [
      '## Envíos',
      '',
      'Los paquetes los entrega SwiftShip Logistics, con sede en Estados Unidos, que recibe su nombre, teléfono y dirección de entrega; para la transferencia se aplican las cláusulas contractuales tipo de la Comisión Europea.',
      '',
      '## Dónde están los datos',
      '',
      'Nuestra tienda funciona en servidores en Alemania. Toda la información se queda dentro del Espacio Económico Europeo.',
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ data: { class: 'ambiguous' } });
  });
});
