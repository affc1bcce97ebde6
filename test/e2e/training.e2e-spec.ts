import {
  adminToken,
  createClient,
  expectEventually,
  institutionIdByAcronym,
  startTestStack,
  type ApiResponse,
  type TestStack,
} from '@elo/testing';
import { pdfText } from './support/pdf-text';

interface Course {
  id: string;
  status: string;
  sessions: { id: string; hours: number }[];
  place?: { municipalityName: string };
}
interface Enrolment {
  id: string;
  name: string;
  status: string;
  certificateCode?: string;
}
interface Problem {
  status: number;
  code: string;
  errors?: { field: string; message: string; line?: number; column?: string }[];
}
interface Activity {
  evidence: { kind: string; sourceId?: string; participants?: { audience: string; count: number }[] }[];
}

const session = (day: string) => ({ start: `${day}T14:00:00-03:00`, end: `${day}T18:00:00-03:00` });

describe('training through the gateway: a course from planning to verified certificates and plan evidence', () => {
  let stack: TestStack;
  let oim: string;
  let organiser: string;
  let otherAgency: string;
  let viewer: string;
  let coordinator: string;

  beforeAll(async () => {
    stack = await startTestStack();
    oim = await institutionIdByAcronym(stack, 'OIM');
    const mjsp = await institutionIdByAcronym(stack, 'MJSP');
    const conatrap = await institutionIdByAcronym(stack, 'CONATRAP');
    organiser = await (await createClient(stack, oim, ['agency'])).token();
    otherAgency = await (await createClient(stack, mjsp, ['agency'])).token();
    viewer = await (await createClient(stack, mjsp, ['viewer'])).token();
    coordinator = await (await createClient(stack, conatrap, ['coordinator'])).token();
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const send = <T>(method: string, path: string, token?: string, body?: unknown): Promise<ApiResponse<T>> =>
    stack.api.request<T>(method, path, {
      ...(token ? { token } : {}),
      ...(body !== undefined ? { body } : {}),
    });
  const expectProblem = (res: ApiResponse<unknown>, status: number, code: string): Problem => {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code });
    return res.body as Problem;
  };

  const course = {
    title: 'Identificação de vítimas de tráfico de pessoas na tríplice fronteira',
    modality: 'in_person',
    place: { uf: 'PR', municipalityCode: '4108304' },
    timezone: 'America/Sao_Paulo',
    sessions: [session('2025-06-02'), session('2025-06-03')],
    capacity: 3,
    audiences: ['health', 'justice_system'],
    activityCodes: ['1.4.2'],
  };

  it('completes a course linked to 1.4.2: certificates for those who met the rule, evidence on the activity', async () => {
    // The service learns institutions from the directory's events: retry until it knows OIM.
    let created!: ApiResponse<Course>;
    await expectEventually(
      async () => {
        created = await send<Course>('POST', '/v1/training/events', organiser, {
          ...course,
          organiserInstitutionId: oim,
        });
        expect(created.status).toBe(201);
      },
      { timeoutMs: 30_000 },
    );
    const id = created.body.id;
    expect(created.body).toMatchObject({ status: 'planned', place: { municipalityName: 'Foz do Iguaçu' } });

    const wrongPlace = await send('POST', '/v1/training/events', organiser, {
      ...course,
      organiserInstitutionId: oim,
      place: { uf: 'SP', municipalityCode: '4108304' },
    });
    expectProblem(wrongPlace, 400, 'TRAINING.UNKNOWN_MUNICIPALITY');

    expect(
      (await send<Course>('POST', `/v1/training/events/${id}/transitions`, organiser, { to: 'open' })).body
        .status,
    ).toBe('open');
    const people = [
      {
        name: 'Maria da Conceição Exemplo',
        email: 'maria.conceicao@example.org',
        audience: 'health',
        cpf: '529.982.247-25',
      },
      { name: 'João Fictício', email: 'joao.ficticio@example.org', audience: 'justice_system', uf: 'PR' },
      { name: 'Ana Teste', email: 'ana.teste@example.org', audience: 'health' },
    ];
    const enrolments: Enrolment[] = [];
    for (const p of people) {
      const res = await send<Enrolment>('POST', `/v1/training/events/${id}/enrolments`, organiser, p);
      expect(res.status).toBe(201);
      enrolments.push(res.body);
    }
    expect(enrolments.map((e) => e.status)).toEqual(['enrolled', 'enrolled', 'enrolled']);
    const badCpf = await send('POST', `/v1/training/events/${id}/enrolments`, organiser, {
      ...people[0],
      email: 'outra@example.org',
      cpf: '52998224724',
    });
    expect(expectProblem(badCpf, 400, 'COMMON.VALIDATION').errors?.[0]?.field).toMatch(/cpf$/);
    const twice = await send('POST', `/v1/training/events/${id}/enrolments`, coordinator, people[1]);
    expectProblem(twice, 409, 'TRAINING.ALREADY_ENROLLED');

    // Participants are personal data: nobody but the organiser and coordinators, and no hint they exist.
    for (const token of [otherAgency, viewer]) {
      expectProblem(
        await send('GET', `/v1/training/events/${id}/enrolments`, token),
        404,
        'TRAINING.ENROLMENT_NOT_FOUND',
      );
    }
    const publicView = await send<Record<string, unknown>>('GET', `/v1/training/events/${id}`, viewer);
    expect(JSON.stringify(publicView.body)).not.toContain('example.org');
    expect(publicView.body).toMatchObject({ enrolled: 3, waiting: 0 });

    await send('POST', `/v1/training/events/${id}/transitions`, organiser, { to: 'in_progress' });
    const [s1, s2] = created.body.sessions.map((s) => s.id);
    const all = enrolments.map((e) => e.id);
    expect(
      (
        await send('PUT', `/v1/training/events/${id}/sessions/${s1}/attendance`, organiser, {
          presentEnrolmentIds: all,
        })
      ).status,
    ).toBe(200);
    await send('PUT', `/v1/training/events/${id}/sessions/${s2}/attendance`, organiser, {
      presentEnrolmentIds: all.slice(0, 2),
    });

    const completion = await send<{ completedAt: string }>(
      'POST',
      `/v1/training/events/${id}/completion`,
      organiser,
    );
    expect(completion.body).toMatchObject({ eventId: id, certificatesIssued: 2, notCertified: 1 });
    expectProblem(
      await send('POST', `/v1/training/events/${id}/transitions`, organiser, { to: 'open' }),
      409,
      'TRAINING.INVALID_TRANSITION',
    );

    await expectEventually(
      async () => {
        const activity = await send<Activity>('GET', '/v1/plan/activities/1.4.2', viewer);
        const evidence = activity.body.evidence.find((e) => e.sourceId === id);
        expect(evidence).toMatchObject({
          kind: 'training',
          participants: [
            { audience: 'health', count: 1 },
            { audience: 'justice_system', count: 1 },
          ],
        });
      },
      { timeoutMs: 30_000 },
    );

    // People trained for 1.4.2: this course's two certificates (the demo seed is left out unless asked).
    const report = await send<{ total: number; byAudience: { key: string; count: number }[] }>(
      'GET',
      '/v1/training/reports?activityCode=1.4.2',
      viewer,
    );
    expect(report.body).toMatchObject({ total: 2 });
    expect(report.body.byAudience).toEqual(
      expect.arrayContaining([
        { key: 'health', count: 1 },
        { key: 'justice_system', count: 1 },
      ]),
    );

    const listed = await send<{ items: Enrolment[] }>(
      'GET',
      `/v1/training/events/${id}/enrolments`,
      coordinator,
    );
    const maria = listed.body.items.find((e) => e.name === people[0].name);
    expect(maria?.certificateCode).toMatch(/^[A-Z2-7]{24}$/);
    expect(listed.body.items.find((e) => e.name === 'Ana Teste')?.certificateCode).toBeUndefined();

    // Public and minimal, without a token.
    const verified = await send<Record<string, unknown>>('GET', `/v1/certificates/${maria?.certificateCode}`);
    expect(verified.status).toBe(200);
    expect(Object.keys(verified.body).sort()).toEqual([
      'code',
      'course',
      'date',
      'hours',
      'issuer',
      'participantName',
    ]);
    expect(verified.body).toMatchObject({
      participantName: people[0].name,
      course: course.title,
      hours: 8,
      // The day the course was completed, in its time zone.
      date: new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(
        new Date(completion.body.completedAt),
      ),
    });
    expect(String(verified.body['issuer'])).toContain('OIM');
    expectProblem(
      await send('GET', '/v1/certificates/AAAAAAAAAAAAAAAAAAAAAAAA'),
      404,
      'TRAINING.CERTIFICATE_NOT_FOUND',
    );

    const pdf = await fetch(`${stack.gatewayUrl}/v1/certificates/${maria?.certificateCode}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    const read = pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(read.pages).toBe(1);
    expect(read.text).toContain(people[0].name);
    expect(read.text).toContain(String(maria?.certificateCode));
  });

  it('changes a curriculum module only at the version of its ETag when If-Match is sent (412 otherwise)', async () => {
    const module = {
      title: 'Marco legal',
      hours: 4,
      objectives: ['Conhecer o art. 149-A'],
      audiences: ['health'],
      activityCodes: ['1.4.2'],
    };
    const created = await send<{ id: string }>('POST', '/v1/training/modules', coordinator, module);
    const path = `/v1/training/modules/${created.body.id}`;
    expect((await send('GET', path, viewer)).headers.get('etag')).toBe('"0"');
    const patch = (ifMatch: string, body: unknown) =>
      stack.api.request('PATCH', path, { token: coordinator, body, headers: { 'if-match': ifMatch } });
    const changed = await patch('"0"', { hours: 6 });
    expect(changed).toMatchObject({ status: 200, body: { hours: 6, version: 1 } });
    expect(changed.headers.get('etag')).toBe('"1"');
    expectProblem(await patch('"0"', { hours: 8 }), 412, 'COMMON.PRECONDITION_FAILED');
    expectProblem(await send('PATCH', path, organiser, { hours: 8 }), 403, 'AUTH.FORBIDDEN');
    expect((await send<{ hours: number }>('GET', path, viewer)).body.hours).toBe(6);
  });

  it('changes a course under If-Match, for its organiser or a coordinator only', async () => {
    const planned = await send<Course>('POST', '/v1/training/events', organiser, {
      ...course,
      organiserInstitutionId: oim,
    });
    const path = `/v1/training/events/${planned.body.id}`;
    const etag = (await send('GET', path, viewer)).headers.get('etag') ?? '';
    const patch = (token: string, body: unknown, ifMatch = etag) =>
      stack.api.request('PATCH', path, { token, body, headers: { 'if-match': ifMatch } });
    // Courses are a public calendar: the other agency reads this one, so 403 hides nothing.
    expect((await send('GET', path, otherAgency)).status).toBe(200);
    expectProblem(await patch(otherAgency, { capacity: 10 }), 403, 'TRAINING.NOT_ORGANISER');
    const changed = await patch(organiser, { capacity: 10, activityCodes: ['1.4.2', '1.4.3'] });
    expect(changed).toMatchObject({ status: 200, body: { capacity: 10, activityCodes: ['1.4.2', '1.4.3'] } });
    expect(changed.headers.get('etag')).not.toBe(etag);
    expectProblem(await patch(organiser, { capacity: 12 }), 412, 'COMMON.PRECONDITION_FAILED');
    expectProblem(await patch(organiser, { sessions: [] }, '*'), 400, 'COMMON.VALIDATION');
  });

  it('loads the demo seed: the IOM course of about 600 people, completed, with verifiable certificates', async () => {
    const admin = await adminToken(stack);
    await expectEventually(
      async () => {
        const res = await send<{ items: (Course & { title: string; enrolled: number })[] }>(
          'GET',
          '/v1/training/events?status=completed&limit=100',
          admin,
        );
        expect(res.body.items.find((c) => c.title.includes('Jurisprudência'))).toMatchObject({
          enrolled: 600,
        });
      },
      { timeoutMs: 30_000 },
    );
    const report = await send<{ byAudience: { key: string; count: number }[] }>(
      'GET',
      '/v1/training/reports?year=2024&demo=only',
      viewer,
    );
    expect(report.body.byAudience.find((b) => b.key === 'justice_system')?.count).toBeGreaterThan(500);
    // The seed announced its completion like the API would: plan-tracking holds it as evidence of 4.1.1.
    const course = (
      await send<{ items: (Course & { title: string })[] }>(
        'GET',
        '/v1/training/events?status=completed',
        admin,
      )
    ).body.items.find((c) => c.title.includes('Jurisprudência'));
    await expectEventually(async () => {
      const page = await send<{ items: Activity['evidence'] }>(
        'GET',
        '/v1/plan/activities/4.1.1/evidence?limit=100',
        viewer,
      );
      expect(page.body.items.find((e) => e.sourceId === course?.id)).toMatchObject({
        kind: 'training',
        participants: [{ audience: 'justice_system', count: expect.any(Number) }],
      });
    });
  });
});
