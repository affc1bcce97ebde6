import * as OTPAuth from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { adminToken, type TestStack } from '@elo/testing';

export interface Person {
  email: string;
  password: string;
  secret: string;
}

/** A TOTP code of this secret, for now or `steps` periods later (a code is not accepted twice). */
export function totpCode(secret: string, steps = 0): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + steps * totp.period * 1000 });
}

/** The admin's invitation of a person: the console's one-time link. */
export async function invite(
  stack: TestStack,
  person: { name: string; email: string; institutionId: string; roles: string[] },
): Promise<string> {
  const res = await stack.api.request<{ invitationUrl: string }>('POST', '/v1/people/invitations', {
    token: await adminToken(stack),
    body: person,
  });
  if (res.status !== 201) throw new Error(`invitation answered ${res.status}: ${JSON.stringify(res.body)}`);
  // The link names ELO_PUBLIC_URL; the browser opens the same page on the test's gateway.
  const token = res.body.invitationUrl.split('#/convite/')[1] ?? '';
  return `${stack.gatewayUrl}/console/#/convite/${token}`;
}

/** Signs in through the console's form and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, person: Person, steps = 1): Promise<void> {
  await page.goto(`${baseUrl}/console/#/entrar`);
  await page.getByLabel('E-mail institucional').fill(person.email);
  await page.getByLabel('Senha', { exact: true }).fill(person.password);
  await page
    .getByLabel('Código de verificação (aplicativo autenticador)')
    .fill(totpCode(person.secret, steps));
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.getByRole('heading', { name: 'Painel do Plano Nacional' }).waitFor();
}

/** Accepts an invitation through the API (for people whose activation is not under test). */
export async function activate(stack: TestStack, link: string, password: string): Promise<Person> {
  const token = link.split('#/convite/')[1] ?? '';
  const view = await stack.api.request<{ email: string; totp: { secret: string } }>(
    'GET',
    `/v1/session/invitations/${token}`,
  );
  if (view.status !== 200) throw new Error(`invitation view answered ${view.status}`);
  const res = await stack.api.request('POST', `/v1/session/invitations/${token}`, {
    body: { password, totpCode: totpCode(view.body.totp.secret) },
  });
  if (res.status !== 204) throw new Error(`accepting answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { email: view.body.email, password, secret: view.body.totp.secret };
}

/** A fresh browser context (its own cookie jar) per person. */
export async function newPage(browser: Browser, problems: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A page the CSP breaks, or that throws, fails the test at the end.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
      problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return page;
}
