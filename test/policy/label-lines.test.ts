/**
 * Plain-text "Label: text" lines under a heading on retention (issue 18, held-out-5 cause C18):
 * "Datos de la cita (nombre, móvil, fecha y hora): 30 días desde la cita" is a line of its own, not
 * the next line of a paragraph, and reads as a statement of keeping, as the same line as a list item
 * does; Spanish "móvil" on its own is the phone number. A policy in our own words, checked against
 * examples/templates/appointment_reminder.yaml (flow `reminder`: name, phone number and the
 * appointment, kept 30 days from the appointment).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('label-lines-');

describe('plain-text label lines under a heading on retention', () => {
  it('each line is its own statement of keeping, cited at its line', async () => {
    const { findings } = await checkText('plazos.txt', [
      'PRIVACIDAD EN LA ÓPTICA DEL PUENTE', // 1
      '', // 2
      'Le recordamos sus citas por SMS si usted lo pide.', // 3
      '', // 4
      '7. CUÁNTO TIEMPO CONSERVAMOS SUS DATOS', // 5
      'Facturas: seis años, como pide la ley mercantil.', // 6
      'Datos de la cita (nombre, móvil, fecha y hora): 30 días desde la cita.', // 7
    ].join('\n'), ['--region', 'eu', '--locale', 'es'], 'templates/appointment_reminder.yaml');
    expect(one(findings, 'reminder', 'retention')).toMatchObject({ line: 7, data: { class: 'clear' } });
  });
});
