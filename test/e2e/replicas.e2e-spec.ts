import { randomBytes, randomUUID } from 'node:crypto';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient, ObjectId } from 'mongodb';
import {
  EVENT_CATALOG,
  HEADER_CALLER_ASSERTION,
  HEADER_CORRELATION_ID,
  type Caller,
  type ErrorPayload,
  type EventType,
  type ServiceName,
} from '@elo/contracts';
import {
  adminToken,
  createClient,
  expectEventually,
  institutionIdByAcronym,
  startTestStack,
  testAssertion,
  type TestStack,
} from '@elo/testing';
import { day } from './support/partnership-fixture';
import { referralCase } from './support/referral-case';
import { StreamReader, WebhookReceiver, counterSum, linesWith } from './support/replicas-fixture';

// Two replicas of every service behind one gateway, on one nats-server and one database, as a scaled-out
// deployment runs: each request, event, alert and webhook must be handled once, never once per replica.
const BACKENDS = ['directory', 'plan-tracking', 'training', 'partnerships', 'referrals', 'notifications'];
const REPLICAS = [0, 1];
const WAIT = { timeoutMs: 60_000 };

describe('two replicas of every service', () => {
  let stack: TestStack;
  let mongo: MongoClient;
  const receiver = new WebhookReceiver();
  const bus = new Map<ServiceName, NatsConnection>();
  const streams = new Map<ServiceName, StreamReader>();
  const prefix = `replicas-${randomUUID().slice(0, 8)}`;
  let admin: string;
  let coordinator: string;
  let prfAgency: string;
  const ids: Record<string, string> = {};
  /** Every alert or event this suite caused: checked again at the end, when more replicas' ticks have passed. */
  const expectedOnce: { type: EventType; match: Record<string, unknown>; path: string }[] = [];

  const send = <T>(method: string, path: string, token: string, body?: unknown) =>
    stack.api.request<T>(method, path, { token, body });
  const as = async (service: ServiceName) => {
    if (!bus.has(service))
      bus.set(service, await connect({ servers: stack.nats.url, ...stack.nats.as(service) }));
    return bus.get(service) as NatsConnection;
  };
  const published = async (type: EventType, match: Record<string, unknown>) => {
    const producer = EVENT_CATALOG[type].producer;
    if (!streams.has(producer)) streams.set(producer, new StreamReader(await as(producer), producer));
    const events = (await streams.get(producer)?.ofType(type)) ?? [];
    return events.filter((e) => Object.entries(match).every(([k, v]) => e.data[k] === v));
  };
  /** Published once and delivered once to the endpoint at `path`, under that event's webhook id. */
  const expectOnce = async (type: EventType, match: Record<string, unknown>, path: string) => {
    const [event, ...more] = await published(type, match);
    expect(more).toEqual([]);
    expect(event).toBeDefined();
    const deliveries = receiver.matching(path, type, { eventId: event?.id });
    expect(deliveries.map((d) => d.webhookId)).toEqual([`msg_${event?.id}`]);
  };
  const eventually = async (type: EventType, match: Record<string, unknown>, path: string) => {
    expectedOnce.push({ type, match, path });
    await expectEventually(() => expectOnce(type, match, path), WAIT);
  };

  beforeAll(async () => {
    await receiver.start();
    stack = await startTestStack({
      replicas: Object.fromEntries(BACKENDS.map((name) => [name, REPLICAS.length])),
      env: {
        ELO_DB_PREFIX: prefix,
        // Every replica looks for due alerts each second, so both run their jobs many times over.
        PLAN_OVERDUE_CHECK_MS: '1000',
        PARTNERSHIPS_CALENDAR_CHECK_MS: '1000',
        REFERRALS_OVERDUE_CHECK_MS: '1000',
        // Replicas share their keys, as they would share a Secret.
        NOTIFICATIONS_SECRET_KEY: randomBytes(32).toString('base64'),
        REFERRALS_MASTER_KEY: `e2e:${randomBytes(32).toString('base64')}`,
      },
    });
    mongo = await MongoClient.connect(stack.mongo.url);
    admin = await adminToken(stack);
    for (const acronym of ['CONATRAP', 'PRF', 'PF', 'MJSP'])
      ids[acronym] = await institutionIdByAcronym(stack, acronym);
    coordinator = await (await createClient(stack, ids['CONATRAP'] ?? '', ['coordinator'])).token();
    prfAgency = await (await createClient(stack, ids['PRF'] ?? '', ['agency'])).token();
    // Coordinators hear of every event without personal data; PRF of the referrals it sends.
    for (const [token, path] of [
      [coordinator, '/coordination'],
      [prfAgency, '/prf'],
    ] as const) {
      const res = await send('POST', '/v1/notifications/endpoints', token, { url: `${receiver.url}${path}` });
      expect(res.status).toBe(201);
    }
  }, 480_000);

  afterAll(async () => {
    for (const nc of bus.values()) await nc.close();
    await mongo?.close();
    await stack?.stop();
    await receiver.stop();
  });

  it('shares requests between the replicas of a service, each answered once', async () => {
    const handled = (replica: number) =>
      linesWith(stack.outputOf('directory', replica), '"rpc handled"', 'directory.institution.list').length;
    const before = REPLICAS.map(handled);
    const requests = 30;
    for (let i = 0; i < requests; i++) {
      expect((await send('GET', '/v1/institutions?limit=1', admin)).status).toBe(200);
    }
    await expectEventually(() => {
      const delta = REPLICAS.map((r) => handled(r) - (before[r] ?? 0));
      expect(delta.reduce((a, b) => a + b, 0)).toBe(requests);
      for (const d of delta) expect(d).toBeGreaterThan(0);
    }, WAIT);
  });

  it('handles each domain event once across the replicas consuming it', async () => {
    const consumed = async () => {
      let sum = 0;
      for (const url of stack.serviceUrls('plan-tracking'))
        sum += await counterSum(url, 'events_consumed_total', { handler: 'copy-institution-created' });
      return sum;
    };
    const before = await consumed();
    const created: string[] = [];
    for (const acronym of ['REPL-A', 'REPL-B', 'REPL-C', 'REPL-D']) {
      const res = await send<{ id: string }>('POST', '/v1/institutions', admin, {
        name: `Instituição ${acronym}`,
        acronym,
        kind: 'federal_body',
      });
      expect(res.status).toBe(201);
      created.push(res.body.id);
    }
    const copies = mongo.db(`${prefix}-plan-tracking`).collection<{ _id: string }>('institutions');
    for (const id of created) {
      await eventually('institution.created', { id }, '/coordination');
      await expectEventually(async () =>
        expect(await copies.findOne({ _id: id })).toMatchObject({ version: 0 }),
      );
    }
    await expectEventually(async () => expect((await consumed()) - before).toBe(created.length), WAIT);
  });

  it('fires each overdue activity once, whichever replica finds it', async () => {
    const list = await send<{ items: { code: string; status: string; startDate?: string }[] }>(
      'GET',
      '/v1/plan/activities?limit=100',
      coordinator,
    );
    expect(list.status).toBe(200);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const open = list.body.items
      .filter((a) => a.status !== 'completed' && (!a.startDate || a.startDate <= yesterday))
      .slice(0, 3);
    expect(open.length).toBe(3);
    for (const { code } of open) {
      const res = await send('PATCH', `/v1/plan/activities/${code}`, coordinator, { dueDate: yesterday });
      expect(res.status).toBe(200);
    }
    for (const { code } of open)
      await eventually('activity.overdue', { code, dueDate: yesterday }, '/coordination');
  });

  it('announces an expiring agreement once', async () => {
    const agreement = await expectEventually(async () => {
      const res = await send<{ id: string }>('POST', '/v1/partnerships', coordinator, {
        kind: 'international_project',
        title: 'Cooperação técnica com réplicas',
        objective: 'Formação conjunta de agentes de fronteira.',
        signedAt: day(-100),
        effectiveFrom: day(-90),
        effectiveUntil: day(20),
        parties: [
          { institutionId: ids['PF'], role: 'implementer' },
          { institutionId: ids['MJSP'], role: 'signatory' },
        ],
        countries: ['AR'],
        activityCodes: ['4.1.2'],
      });
      expect(res.status).toBe(201);
      return res.body;
    }, WAIT);
    for (const to of ['negotiation', 'signed']) {
      const res = await send('POST', `/v1/partnerships/${agreement.id}/transitions`, coordinator, {
        to,
        reason: `para ${to}`,
      });
      expect(res).toMatchObject({ status: 200 });
    }
    // Its first day has passed: the calendar (on every replica) puts it in force, then announces its end.
    await eventually('partnership.in-force', { partnershipId: agreement.id }, '/coordination');
    await eventually(
      'partnership.expiring',
      { partnershipId: agreement.id, thresholdDays: 30 },
      '/coordination',
    );
  });

  it('escalates a referral past its deadline once', async () => {
    const opened = await send<{ id: string }>(
      'POST',
      '/v1/referrals/cases',
      prfAgency,
      referralCase({ name: 'Pessoa de Teste', passport: 'BO112233' }),
    );
    expect(opened).toMatchObject({ status: 201 });
    const referral = await expectEventually(async () => {
      const res = await send<{ id: string }>('POST', '/v1/referrals', prfAgency, {
        caseId: opened.body.id,
        receiverInstitutionId: ids['PF'],
        service: 'shelter',
        urgency: 'high',
      });
      expect(res.status).toBe(201);
      return res.body;
    }, WAIT);
    // The deadline passes (24 h for `high`): set back in the database, as the real clock cannot wait.
    const moved = await mongo
      .db(`${prefix}-referrals`)
      .collection('referrals')
      .updateOne({ _id: new ObjectId(referral.id) }, { $set: { deadline: new Date(Date.now() - 60_000) } });
    expect(moved.modifiedCount).toBe(1);
    await eventually('referral.overdue', { referralId: referral.id }, '/prf');
  });

  it('refuses on every replica a caller assertion one replica already accepted', async () => {
    const pattern = 'directory.institution.list';
    const nc = await as('gateway');
    const caller: Caller = {
      clientId: 'elo_AAAAAAAAAAAAAAAAAAAAAA',
      institutionId: ids['PRF'] ?? '',
      roles: ['viewer'],
    };
    const assertion = await testAssertion(pattern, caller, stack.rpcSigningKey);
    const run = randomUUID().slice(0, 8);
    const outcomes: string[] = [];
    // Queue groups spread these over both replicas: 20 sends all reaching one replica is a 1 in 500 000 chance.
    for (let i = 0; i < 20; i++) {
      const hdrs = natsHeaders();
      hdrs.set(HEADER_CALLER_ASSERTION, assertion);
      hdrs.set(HEADER_CORRELATION_ID, `replay-${run}-${i}`);
      const body = JSON.stringify({ pattern, id: randomUUID(), data: { limit: 1 } });
      const reply = await nc.request(pattern, body, { timeout: 10_000, headers: hdrs });
      outcomes.push(reply.json<{ err?: ErrorPayload }>().err?.code ?? 'ok');
    }
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'AUTH.UNAUTHENTICATED')).toHaveLength(19);
    await expectEventually(() => {
      const accepted = REPLICAS.filter(
        (r) => linesWith(stack.outputOf('directory', r), '"rpc handled"', `replay-${run}-`).length > 0,
      );
      expect(accepted).toHaveLength(1);
      const other = accepted[0] === 0 ? 1 : 0;
      expect(
        linesWith(stack.outputOf('directory', other), '"rpc refused"', `replay-${run}-`, 'already used')
          .length,
      ).toBeGreaterThan(0);
    }, WAIT);
  });

  it('has still published and delivered each of them once, and no webhook twice', async () => {
    expect(expectedOnce.length).toBe(10);
    for (const { type, match, path } of expectedOnce) await expectOnce(type, match, path);
    expect(receiver.repeated()).toEqual([]);
  });
});
