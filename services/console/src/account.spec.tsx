/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { api } from './api/client';
import type { SessionView } from './api/session';
import { AccountPage } from './pages/account';
import { SessionContext } from './session-context';

// jsdom has no fetch: the calls are checked at the typed client, which adds the CSRF header to every
// change (client.spec).
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { POST: jest.fn() },
}));
const POST = api.POST as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;

const CURRENT = 'trilha-serena-do-cerrado';
const NEW = 'vereda-longa-do-sertao';
const ok = (data?: unknown) => Promise.resolve({ data, response: { ok: true, status: data ? 200 : 204 } });
const refused = (status: number, error: object) =>
  Promise.resolve({ error, response: { ok: false, status } });

function session(totpEnabled: boolean): SessionView {
  return {
    person: {
      id: '1'.repeat(24),
      name: 'Maria Souza',
      email: 'maria.souza@mj.gov.br',
      institutionId: 'a'.repeat(24),
      roles: ['viewer'],
      totpEnabled,
    },
    csrfToken: 'c'.repeat(43),
    idleExpiresAt: '2026-12-03T12:30:00.000Z',
    expiresAt: '2026-12-04T00:00:00.000Z',
  };
}

function page(totpEnabled: boolean) {
  const update = jest.fn<void, [SessionView]>();
  render(
    <SessionContext.Provider value={{ session: session(totpEnabled), clear: jest.fn(), update }}>
      <AccountPage />
    </SessionContext.Provider>,
  );
  return update;
}
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
function fillPassword(confirm = NEW) {
  type('Senha atual', CURRENT);
  type('Nova senha (mínimo de 12 caracteres)', NEW);
  type('Repita a nova senha', confirm);
}

describe('my account', () => {
  beforeEach(() => POST.mockReset());

  it('changes the password with the TOTP code when the factor is on, and offers no enrolment', async () => {
    POST.mockImplementation(() => ok());
    page(true);
    expect(screen.queryByRole('button', { name: 'Gerar chave' })).toBeNull();
    fillPassword();
    type('Código de verificação (aplicativo autenticador)', ' 123456 ');
    fireEvent.click(screen.getByRole('button', { name: 'Alterar senha' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Senha alterada. As suas sessões em outros dispositivos foram encerradas.',
    );
    expect(POST.mock.calls).toEqual([
      ['/v1/session/password', { body: { currentPassword: CURRENT, newPassword: NEW, totpCode: '123456' } }],
    ]);
    expect(screen.getByLabelText<HTMLInputElement>('Senha atual').value).toBe('');
  });

  it('sends nothing while the new passwords differ or the code is missing', async () => {
    page(true);
    fillPassword('outra-senha-qualquer');
    fireEvent.click(screen.getByRole('button', { name: 'Alterar senha' }));
    expect((await screen.findByRole('alert')).textContent).toBe('As novas senhas não conferem.');
    fillPassword();
    fireEvent.click(screen.getByRole('button', { name: 'Alterar senha' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Informe o código de seis dígitos do aplicativo autenticador.',
      ),
    );
    expect(POST).not.toHaveBeenCalled();
  });

  it("asks no code without the factor, and shows the API's problem by the field it names", async () => {
    POST.mockImplementation(() =>
      refused(400, {
        status: 400,
        title: 'The current password is wrong',
        detail: 'The current password is wrong.',
        code: 'DIRECTORY.WRONG_PASSWORD',
        errors: [{ field: 'currentPassword', message: 'is wrong' }],
      }),
    );
    page(false);
    expect(screen.queryByLabelText('Código de verificação (aplicativo autenticador)')).toBeNull();
    fillPassword();
    fireEvent.click(screen.getByRole('button', { name: 'Alterar senha' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Não foi possível alterar a senha. (The current password is wrong.)',
    );
    expect(POST.mock.calls).toEqual([
      ['/v1/session/password', { body: { currentPassword: CURRENT, newPassword: NEW } }],
    ]);
    const current = screen.getByLabelText('Senha atual');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(current.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'is wrong',
    );
  });

  it('turns TOTP on: the new secret as text, then a code confirms it', async () => {
    const secret = 'JBSWY3DPEHPK3PXP';
    const otpauthUri = `otpauth://totp/Elo:maria.souza%40mj.gov.br?secret=${secret}&issuer=Elo`;
    POST.mockImplementation((path) =>
      path === '/v1/session/totp'
        ? ok({ secret, otpauthUri })
        : refused(400, {
            status: 400,
            detail: 'The code of the authenticator app is wrong or was used already.',
            code: 'DIRECTORY.INVALID_TOTP',
          }),
    );
    const update = page(false);
    type('Senha atual (para gerar a chave)', CURRENT);
    fireEvent.click(screen.getByRole('button', { name: 'Gerar chave' }));
    expect((await screen.findByTestId('totp-secret')).textContent).toBe(secret);
    expect(screen.getByText(otpauthUri)).toBeTruthy();

    type('Código de verificação', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Ativar verificação em duas etapas' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Não foi possível ativar a verificação em duas etapas. (The code of the authenticator app is wrong or was used already.)',
    );
    expect(update).not.toHaveBeenCalled();

    POST.mockImplementation(() => ok());
    type('Código de verificação', '111222');
    fireEvent.click(screen.getByRole('button', { name: 'Ativar verificação em duas etapas' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][0].person.totpEnabled).toBe(true);
    expect(POST.mock.calls).toEqual([
      ['/v1/session/totp', { body: { currentPassword: CURRENT } }],
      ['/v1/session/totp/confirm', { body: { totpCode: '654321' } }],
      ['/v1/session/totp/confirm', { body: { totpCode: '111222' } }],
    ]);
    expect(screen.getByText(/Verificação em duas etapas ativada/)).toBeTruthy();
  });
});
