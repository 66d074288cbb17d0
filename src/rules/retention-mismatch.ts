import { attributeRule } from './contradiction-attribute.js';

export const rule = attributeRule(
  'retention-mismatch',
  'retention',
  'retention period',
  'GDPR Art. 13(2)(a); Cal. Civ. Code §1798.100(a)(3); PIPL Art. 17(1)(2); TH PDPA s.23(3)',
  'State the retention period the flows declare (value, unit and start event), or change the flow.',
);
