import { Webhook } from 'standardwebhooks';
import {
  createClient,
  expectEventually,
  institutionIdByAcronym,
  startTestStack,
  type TestStack,
} from '@elo/testing';
import { WebhookReceiver, type WebhookRequest } from './support/webhook-receiver';
import { referralCase } from './support/referral-case';

interface Endpoint {
  id: string;
  secret: string;
  enabled: boolean;
}

// What the referring agency knows about the person: none of it may reach a webhook.
const IDENTIFIERS = { name: 'Mateo Quispe Condori', passport: 'BO998877', phone: '+591 7123 4567' };
const CASE = referralCase(IDENTIFIERS);

describe('webhooks through the gateway', () => {
  let stack: TestStack;
  let receiver: WebhookReceiver;
  let prf: string;
  let pf: string;
  let pfId: string;
  const send = <T>(method: string, path: string, token: string, body?: unknown) =>
    stack.api.request<T>(method, path, { token, body });

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await new WebhookReceiver().start();
    pfId = await institutionIdByAcronym(stack, 'PF');
    prf = await (await createClient(stack, await institutionIdByAcronym(stack, 'PRF'), ['agency'])).token();
    pf = await (await createClient(stack, pfId, ['agency'])).token();
  }, 180_000);

  afterAll(async () => {
    await receiver?.stop();
    await stack?.stop();
  });

  async function register(token: string, path: string): Promise<Endpoint> {
    const res = await send<Endpoint>('POST', '/v1/notifications/endpoints', token, {
      url: `${receiver.url}${path}`,
      description: 'Sistema de casos',
    });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^whsec_/);
    return res.body;
  }

  /** The parsed body, once the request verifies against the endpoint's secret (it throws otherwise). */
  const verified = (request: WebhookRequest, endpoint: Endpoint) =>
    new Webhook(endpoint.secret).verify(request.raw, request.headers) as {
      type: string;
      data: Record<string, unknown>;
    };

  it('delivers a referral to the receiving agency’s endpoint, signed, with no personal data', async () => {
    const received = await register(pf, '/pf');
    const sender = await register(prf, '/prf');
    const opened = await send<{ id: string }>('POST', '/v1/referrals/cases', prf, CASE);
    expect(opened.status).toBe(201);
    // The referrals service learns the directory's institutions from its events: retry until it knows PF.
    const referral = await expectEventually(
      async () => {
        const res = await send<{ id: string }>('POST', '/v1/referrals', prf, {
          caseId: opened.body.id,
          receiverInstitutionId: pfId,
          service: 'shelter',
          urgency: 'high',
        });
        expect(res.status).toBe(201);
        return res.body;
      },
      { timeoutMs: 20_000 },
    );

    // An event, then a message, then an HTTP delivery, through three processes of a loaded stack.
    const [request] = await expectEventually(
      () => {
        const sent = receiver.on('/pf').filter((r) => r.raw.includes('"referral.sent"'));
        expect(sent).toHaveLength(1);
        return sent;
      },
      { timeoutMs: 30_000 },
    );
    if (!request) throw new Error('no request');
    const body = verified(request, received);
    expect(request.headers['webhook-id']).toBe(`msg_${String(body.data['eventId'])}`);
    expect(Object.keys(request.headers)).toEqual(
      expect.arrayContaining(['webhook-timestamp', 'webhook-signature']),
    );
    // Thin: the referral's id, its status and a link, nothing of the case or the person.
    expect(body).toEqual({
      type: 'referral.sent',
      timestamp: expect.any(String),
      data: {
        eventId: expect.any(String),
        referralId: referral.id,
        status: 'sent',
        links: { referral: expect.stringMatching(new RegExp(`/v1/referrals/${referral.id}$`)) },
      },
    });
    for (const secret of [...Object.values(IDENTIFIERS), opened.body.id, 'slavery', 'shelter', 'Quispe'])
      expect(request.raw).not.toContain(secret);
    // The link leads the receiving agency to the referral through the API.
    const link = new URL(String((body.data['links'] as Record<string, string>)['referral'])).pathname;
    expect((await send('GET', link, pf)).status).toBe(200);
    // Another endpoint's secret does not verify it.
    expect(() => verified(request, sender)).toThrow();

    // The sender's endpoint hears of it too, under the same webhook-id, signed with its own secret.
    const copy = await expectEventually(
      () => {
        const sent = receiver.on('/prf').filter((r) => r.raw.includes('"referral.sent"'));
        expect(sent).toHaveLength(1);
        return sent[0];
      },
      { timeoutMs: 30_000 },
    );
    if (!copy) throw new Error('no request');
    expect(verified(copy, sender).data['referralId']).toBe(referral.id);
    expect(copy.headers['webhook-id']).toBe(request.headers['webhook-id']);

    const log = await send<{ items: { status: string; webhookId: string }[] }>(
      'GET',
      `/v1/notifications/endpoints/${received.id}/messages?limit=100`,
      pf,
    );
    expect(log.body.items).toContainEqual(
      expect.objectContaining({ webhookId: request.headers['webhook-id'], status: 'succeeded' }),
    );
    expect((await send('GET', `/v1/notifications/endpoints/${received.id}`, prf)).status).toBe(404);
  });
});
