import { describe, expect, it } from 'vitest';
import { caseYaml, lineOf, lintFindings } from '../helpers/lint-case.js';

const RULE = 'consent-record-flow-missing';
const RECORD = { userIdentifier: 'customer.phone_number (E.164)', timestamp: '2026-03-09T18:20+01:00', scope: ['utility'], method: 'unticked checkbox, then a confirmation code', preTicked: false, specific: true, withdrawalRecorded: true };

describe(RULE, () => {
  it('a consent record with only the flows the channel implies: one warning at consent:', () => {
    const yaml = caseYaml((t) => {
      (t as Record<string, unknown>)['channelBasis'] = 'consent';
      (t as Record<string, unknown>)['consent'] = RECORD;
      (t as Record<string, unknown>)['flows'] = [];
    });
    expect(lintFindings(RULE, yaml)).toEqual([`noOwnFlow@${lineOf(yaml, 'consent:')}`]);
  });

  it('the same record with a declared flow of the template: nothing', () => {
    const yaml = caseYaml((t) => {
      (t as Record<string, unknown>)['consent'] = RECORD;
    });
    expect(lintFindings(RULE, yaml)).toEqual([]);
  });

  it('no consent record and no flow of its own: nothing (no opt-in list is kept)', () => {
    const yaml = caseYaml((t) => {
      (t as Record<string, unknown>)['flows'] = [];
    });
    expect(lintFindings(RULE, yaml)).toEqual([]);
  });
});
