import { describe } from 'vitest';
import { ruleTable, type LintCase } from '../helpers/lint-case.js';

const RULE = 'template-components';

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'an image header with its sample', change: (t) => { t.meta = { header: { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1n'] } } }; }, expect: [] },
  { name: 'a location header needs no sample', change: (t) => { t.meta = { header: { type: 'HEADER', format: 'LOCATION' } }; }, expect: [] },
  { name: 'a limited-time offer is one component', change: (t) => { t.meta = { components: [{ type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Ends soon' } }] }; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'two HEADER components', change: (t) => { t.header = 'Your visit'; t.meta = { components: [{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::x'] } }] }; }, expect: [['duplicate', 'meta:']] },
  { name: 'a video header without a sample', change: (t) => { t.meta = { header: { type: 'header', format: 'video' } }; }, expect: [['mediaExample', 'meta:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
});
