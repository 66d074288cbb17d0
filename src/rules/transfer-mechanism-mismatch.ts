import { attributeRule } from './contradiction-attribute.js';

export const rule = attributeRule(
  'transfer-mechanism-mismatch',
  'mechanism',
  'transfer mechanism',
  'GDPR Art. 13(1)(f), 44–49; PIPL Art. 38; SG PDPA s.26; MY PDPA s.129; TH PDPA s.28–29',
  'Name the transfer mechanism the flows declare for this region.',
);
