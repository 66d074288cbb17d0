/**
 * transfer-mechanism-missing's note for a controller outside China (regions/china.yaml outsideControllerTransfers)
 * says whether the contract-necessity exemption is stated for the flow (stop 27, RG): the stop-26 reviewer's audit
 * found it said no route is settled, then that "delivery and payment transfers are exempt", leaving the reviewer to
 * guess whether the courier flow is. It now says the clause states the exemption only for a recipient that declares
 * it, and that this one declares none.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

describe('the China note for a controller outside China', () => {
  it('says the exemption is not stated for a recipient that declares no route', async () => {
    const r = await cli(['check', path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--region', 'china', '--format', 'json']);
    const found = JSON.parse(r.out) as Array<{ ruleId: string; messageId: string; message: string; data: Record<string, unknown> }>;
    const delivery = found.find((f) => f.ruleId === 'transfer-mechanism-missing' && f.messageId === 'outsideController' && f.data['flow'] === 'delivery');
    expect(delivery).toBeDefined();
    expect(delivery!.message).toContain('Art. 5(1)(1)); disclose states it only where the recipient declares it');
    expect(delivery!.message).toContain('this recipient declares no route China accepts, so the clause does not state the exemption for it');
    expect(delivery!.message).not.toContain('delivery and payment transfers are exempt');
  });
});
