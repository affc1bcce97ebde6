import type { Browser, Page } from 'playwright-core';
import { ensureConsoleBuilt } from '@elo/stack';
import { createClient, expectEventually, type TestStack } from '@elo/testing';
import { launchChromium, screenshot, seriousViolations } from './support/browser';
import { referralCase } from './support/referral-case';
import { activate, invite, newPage, signIn, totpCode, type Person } from './support/console-people';
import { day, startPartnershipFixture, type PartnershipFixture } from './support/partnership-fixture';

const PASSWORD = 'uma senha longa e difícil 42';

// The coordinators' console in Debian's Chromium against the whole stack: one stack, one browser.
describe('the console in a browser', () => {
  let p: PartnershipFixture;
  let stack: TestStack;
  let browser: Browser;
  let coordinatorPage: Page;
  let coordinator: Person;
  let agencyPerson: Person;
  let referralId: string;
  let reportId: string;
  const problems: string[] = [];
  const url = (hash: string) => `${stack.gatewayUrl}/console/#${hash}`;

  async function expectAccessible(page: Page, name: string) {
    await screenshot(page, name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    p = await startPartnershipFixture({ env: { CONSOLE_DIR: ensureConsoleBuilt() } });
    stack = p.fx.stack;
    browser = await launchChromium();
    // An agreement ending in 20 days and one ending in 200: only the first expires within 90.
    for (const [title, until] of [
      ['Acordo que vence logo', day(20)],
      ['Acordo de longo prazo', day(200)],
    ] as const) {
      const created = await p.create({ ...p.pact(), title, effectiveFrom: day(-30), effectiveUntil: until });
      for (const to of ['negotiation', 'signed', 'in_force'])
        expect((await p.transition(created.id, to)).status).toBe(200);
    }
    // A pending report of MJSP, the lead of 2.5.1.
    await p.fx.patchOnceKnown('/v1/plan/activities/2.5.1', {
      leadInstitutionId: p.ids.mjsp,
      startDate: '2025-01-01',
      dueDate: '2028-12-31',
    });
    const mjspAgency = await (await createClient(stack, p.ids.mjsp, ['agency'])).token();
    const report = await p.send<{ id: string }>('POST', '/v1/plan/activities/2.5.1/reports', mjspAgency, {
      period: '2025-Q3',
      progress: 40,
      narrative: 'Oficinas com 120 profissionais de três estados.',
    });
    expect(report).toMatchObject({ status: 201 });
    reportId = report.body.id;
    // A referral from PRF to PF, awaiting PF's answer.
    const prf = await (await createClient(stack, p.ids.prf, ['agency'])).token();
    const opened = await p.send<{ id: string }>(
      'POST',
      '/v1/referrals/cases',
      prf,
      referralCase({ name: 'Pessoa Fictícia', passport: 'BO000000' }),
    );
    expect(opened).toMatchObject({ status: 201 });
    referralId = await expectEventually(
      async () => {
        const sent = await p.send<{ id: string }>('POST', '/v1/referrals', prf, {
          caseId: opened.body.id,
          receiverInstitutionId: p.ids.pf,
          service: 'shelter',
          urgency: 'high',
        });
        expect(sent).toMatchObject({ status: 201 });
        return sent.body.id;
      },
      { timeoutMs: 20_000 },
    );
    agencyPerson = await activate(
      stack,
      await invite(stack, {
        name: 'Agente da PF',
        email: 'agente@pf.gov.br',
        institutionId: p.ids.pf,
        roles: ['agency'],
      }),
      PASSWORD,
    );
    coordinatorPage = await newPage(browser, problems);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await p?.fx.stop();
  });

  it('invites a coordinator, who sets a password and TOTP, then signs in', async () => {
    const link = await invite(stack, {
      name: 'Coordenadora da CONATRAP',
      email: 'coordenadora@mj.gov.br',
      institutionId: p.fx.conatrap,
      roles: ['coordinator'],
    });
    const page = coordinatorPage;
    await page.goto(link);
    await page.getByRole('heading', { name: 'Ativar conta' }).waitFor();
    await expectAccessible(page, '01-convite');
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    await page.getByLabel('Nova senha (mínimo de 12 caracteres)').fill(PASSWORD);
    await page.getByLabel('Repita a senha').fill(PASSWORD);
    await page.getByLabel('Código de verificação').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Ativar conta' }).click();
    await page.getByRole('heading', { name: 'Conta ativada' }).waitFor();
    coordinator = { email: 'coordenadora@mj.gov.br', password: PASSWORD, secret };

    await page.goto(url('/entrar'));
    await page.getByRole('heading', { name: 'Entrar no console' }).waitFor();
    await expectAccessible(page, '02-entrar');
    await signIn(page, stack.gatewayUrl, coordinator);
    await expect(page.getByText('Coordenadora da CONATRAP').count()).resolves.toBeGreaterThan(0);
  }, 90_000);

  it('shows the plan dashboard per axis with the API figures', async () => {
    const page = coordinatorPage;
    await page.goto(url('/painel'));
    await page.getByRole('heading', { name: 'Painel do Plano Nacional' }).waitFor();
    const dashboard = await p.fx.get<{ overall: { activities: number }; axes: { axis: number }[] }>(
      '/v1/plan/dashboard',
    );
    for (const axis of dashboard.body.axes)
      await page.getByRole('heading', { name: new RegExp(`^Eixo ${axis.axis} — `) }).waitFor();
    const figures = page.locator('dl.figures').first();
    await expect(figures.textContent()).resolves.toContain(
      `Atividades${new Intl.NumberFormat('pt-BR').format(dashboard.body.overall.activities)}`,
    );
    await expectAccessible(page, '03-painel');
  }, 60_000);

  it('filters the partnerships to what expires within 90 days', async () => {
    const page = coordinatorPage;
    await page.goto(url('/parcerias'));
    await page.getByRole('link', { name: 'Acordo de longo prazo' }).waitFor();
    await expectAccessible(page, '04-parcerias');
    await page.getByLabel('Vencimento').selectOption('90');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await page.waitForURL(/expira=90/);
    // The filtered list replaces the whole one: wait until the later agreement has left the page.
    await page.getByRole('link', { name: 'Acordo de longo prazo' }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Acordo que vence logo' }).waitFor();
    await expectAccessible(page, '05-parcerias-90-dias');

    await page.getByRole('link', { name: 'Acordo que vence logo' }).click();
    await page.getByRole('heading', { name: 'Acordo que vence logo' }).waitFor();
    await expectAccessible(page, '06-parceria');
    await page.goto(url('/parcerias/resumo'));
    await page.getByRole('heading', { name: 'Resumo das parcerias' }).waitFor();
    await expectAccessible(page, '07-resumo-parcerias');
  }, 60_000);

  it("approves an agency's progress report", async () => {
    const page = coordinatorPage;
    await page.goto(url('/atividades?eixo=2'));
    await page.getByRole('link', { name: '2.5.1' }).waitFor();
    await expectAccessible(page, '08-atividades');
    await page.getByRole('link', { name: '2.5.1' }).click();
    await page.getByRole('button', { name: 'Aprovar relatório 2025-Q3' }).click();
    await page.getByRole('heading', { name: 'Relatório 2025-Q3 — Aprovado' }).waitFor();
    const report = await p.fx.get<{ status: string }>(`/v1/plan/activities/2.5.1/reports/${reportId}`);
    expect(report.body.status).toBe('approved');
    await expectAccessible(page, '09-atividade-aprovada');
  }, 60_000);

  it('lets an agency accept a referral from its inbox, with the deadline counting down', async () => {
    const page = await newPage(browser, problems);
    await signIn(page, stack.gatewayUrl, agencyPerson);
    await page.goto(url('/encaminhamentos/entrada'));
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'Acolhimento' }) });
    await expect(row.textContent()).resolves.toMatch(/faltam \d+ h/);
    await expectAccessible(page, '10-encaminhamentos-recebidos');
    await row.getByRole('link', { name: 'Acolhimento' }).click();
    await page.getByRole('button', { name: 'Aceitar' }).waitFor();
    await expectAccessible(page, '11-encaminhamento');
    await page.getByRole('button', { name: 'Aceitar' }).click();
    await page.getByText('Encaminhamento atualizado: Aceito.').waitFor();
    // The page reads the referral again after the change.
    await page.getByTestId('referral-status').filter({ hasText: 'Aceito' }).waitFor();
    await expect(page.getByRole('button', { name: 'Aceitar' }).count()).resolves.toBe(0);
    const pfAgency = p.pfAgency;
    const referral = await p.send<{ status: string }>('GET', `/v1/referrals/${referralId}`, pfAgency);
    expect(referral.body.status).toBe('accepted');
    await screenshot(page, '12-encaminhamento-aceito');
    await page.context().close();
  }, 90_000);

  it('lets the coordinator invite a person from the People page, without the admin role to give', async () => {
    const page = coordinatorPage;
    await page.goto(url('/pessoas'));
    await page.getByRole('heading', { name: 'Convidar uma pessoa' }).waitFor();
    await expect(page.getByLabel('Administração').count()).resolves.toBe(0);
    await page.getByLabel('Nome', { exact: true }).fill('Analista da CONATRAP');
    await page.getByLabel('E-mail institucional').fill('analista.conatrap@mj.gov.br');
    // The gov.br checkbox draws its box on the label, which is what a person clicks.
    await page.locator('label[for="invite-role-viewer"]').click();
    await expect(page.getByLabel('Consulta').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Convidar' }).click();
    await page.getByText('Convite criado').waitFor();
    expect(await page.locator('code').textContent()).toContain('/console/#/convite/');
    await page.getByRole('cell', { name: 'analista.conatrap@mj.gov.br' }).waitFor();
    await expectAccessible(page, '15-pessoas');
  }, 60_000);

  it('plans a course from the calendar, opens and starts it, records who attended and completes it', async () => {
    const page = coordinatorPage;
    await page.goto(url('/capacitacoes'));
    await page.getByRole('link', { name: 'Planejar capacitação' }).click();
    await page.getByRole('heading', { name: 'Planejar capacitação' }).waitFor();
    // Sent empty, the API's field errors are shown by the inputs they concern.
    await page.getByRole('button', { name: 'Planejar capacitação' }).click();
    await page.getByRole('alert').waitFor();
    for (const label of ['Título', 'Início da sessão 1', 'Vagas'])
      await expect(page.getByLabel(label, { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
    await expect(
      page.getByRole('group', { name: 'Públicos' }).getAttribute('aria-describedby'),
    ).resolves.toBe('course-audiences-error');
    await expectAccessible(page, '16-nova-capacitacao-erros');

    await page.getByLabel('Título', { exact: true }).fill('Oficina de identificação de vítimas');
    await page.getByLabel('Modalidade').selectOption('online');
    await page.getByLabel('Data da sessão 1').fill('2027-03-10');
    await page.getByLabel('Início da sessão 1').fill('09:00');
    await page.getByLabel('Término da sessão 1').fill('12:00');
    await page.getByLabel('Vagas').fill('30');
    await page.locator('label[for="course-audience-health"]').click();
    await page.getByRole('button', { name: 'Planejar capacitação' }).click();
    await page.getByRole('heading', { name: 'Oficina de identificação de vítimas' }).waitFor();
    const id = /capacitacoes\/([0-9a-f]{24})$/.exec(page.url())?.[1] ?? '';
    const course = await p.fx.get<{ sessions: { start: string }[]; organiserInstitutionId: string }>(
      `/v1/training/events/${id}`,
    );
    // 09:00 in São Paulo's time zone, the form's default.
    expect(course.body.sessions.map((s) => Date.parse(s.start))).toEqual([
      Date.parse('2027-03-10T12:00:00Z'),
    ]);
    expect(course.body.organiserInstitutionId).toBe(p.fx.conatrap);

    await page.getByRole('button', { name: 'Abrir inscrições' }).click();
    await page.getByText('Situação atualizada: Inscrições abertas.').waitFor();
    const organiser = await (await createClient(stack, p.fx.conatrap, ['coordinator'])).token();
    const enrolled = await p.send<{ id: string }>('POST', `/v1/training/events/${id}/enrolments`, organiser, {
      name: 'Ana Teste',
      email: 'ana.teste@example.org',
      audience: 'health',
    });
    expect(enrolled.status).toBe(201);
    await page.getByRole('button', { name: 'Iniciar capacitação' }).click();
    await page.getByRole('heading', { name: 'Registrar frequência' }).waitFor();
    await page.locator(`label[for="attendance-${enrolled.body.id}"]`).click();
    await page.getByRole('button', { name: 'Registrar frequência' }).click();
    await page.getByText('Frequência da sessão 1 registrada: 1 presente(s).').waitFor();
    const attendance = await p.send<{ items: { attendedSessionIds: string[] }[] }>(
      'GET',
      `/v1/training/events/${id}/enrolments`,
      organiser,
    );
    expect(attendance.body.items.map((e) => e.attendedSessionIds)).toEqual([['s1']]);
    await expectAccessible(page, '17-frequencia');

    await page.getByRole('button', { name: 'Concluir e emitir certificados' }).click();
    await page.getByRole('button', { name: 'Confirmar conclusão' }).click();
    await page
      .getByText(
        'Capacitação concluída: 1 certificado(s) emitido(s), 0 participante(s) sem a frequência mínima.',
      )
      .waitFor();
    await page.getByRole('heading', { name: 'Registrar frequência' }).waitFor({ state: 'detached' });
    await page.getByText('1 certificado(s) emitido(s).', { exact: true }).waitFor();
    await expectAccessible(page, '18-capacitacao-concluida');
  }, 90_000);

  it('keeps the other pages accessible, and no page broke on the CSP', async () => {
    const page = coordinatorPage;
    for (const [hash, heading, name] of [
      ['/capacitacoes', 'Capacitações', '13-capacitacoes'],
      ['/configuracoes', 'Configurações da instituição', '14-configuracoes'],
    ] as const) {
      await page.goto(url(hash));
      await page.getByRole('heading', { name: heading }).waitFor();
      await expectAccessible(page, name);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
