import { attributeRule } from './contradiction-attribute.js';

export const rule = attributeRule(
  'storage-location-mismatch',
  'place',
  'storage location or recipient country',
  'GDPR Art. 13(1)(f); PIPL Art. 38–40; SG PDPA s.26; reviewers in Southeast Asia ask for the storage location',
  'State the storage location and recipient country the flows declare.',
);
