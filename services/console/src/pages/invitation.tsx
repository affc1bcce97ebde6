import { useState, type FormEvent } from 'react';
import { acceptInvitation, invitation, ApiError } from '../api/session';
import { QrCode } from '../components/qr-code';
import { ErrorMessage, Loading } from '../components/status';
import { href } from '../router';
import { useLoad } from '../use-load';
import { field } from '../form';

export function InvitationPage({ token }: { token: string }) {
  const loaded = useLoad(() => invitation(token), token);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>, totpRequired: boolean) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = field(form, 'password', false);
    const totpCode = field(form, 'totpCode');
    if (password.length < 12) return setError('A senha precisa ter pelo menos 12 caracteres.');
    if (password !== field(form, 'confirm', false)) return setError('As senhas não conferem.');
    if (totpRequired && !/^\d{6}$/.test(totpCode))
      return setError('Informe o código de seis dígitos do aplicativo autenticador.');
    setError(undefined);
    try {
      await acceptInvitation(token, { password, ...(totpCode ? { totpCode } : {}) });
      setDone(true);
    } catch (e) {
      setError(
        e instanceof ApiError && e.problem.detail
          ? `Não foi possível ativar a conta: ${e.problem.detail}`
          : 'Não foi possível ativar a conta.',
      );
    }
  }

  if (loaded.loading) return <Loading />;
  if (loaded.error || !loaded.data)
    return <ErrorMessage error={loaded.error} text="Convite inválido, expirado ou já utilizado." />;
  const view = loaded.data;
  if (done)
    return (
      <section className="narrow">
        <h1>Conta ativada</h1>
        <p>
          <a href={href('/entrar')}>Entrar no console</a>
        </p>
      </section>
    );
  return (
    <section className="narrow" aria-labelledby="invite-title">
      <h1 id="invite-title">Ativar conta</h1>
      <p>
        {view.name} — {view.email}
      </p>
      <form onSubmit={(e) => void submit(e, view.totpRequired)} noValidate>
        <div className="br-input">
          <label htmlFor="password">Nova senha (mínimo de 12 caracteres)</label>
          <input id="password" name="password" type="password" autoComplete="new-password" minLength={12} />
        </div>
        <div className="br-input">
          <label htmlFor="confirm">Repita a senha</label>
          <input id="confirm" name="confirm" type="password" autoComplete="new-password" />
        </div>
        <fieldset>
          <legend>
            Verificação em duas etapas {view.totpRequired ? '(obrigatória para o seu perfil)' : '(opcional)'}
          </legend>
          <p>Cadastre a chave abaixo no aplicativo autenticador e informe o código gerado.</p>
          <QrCode value={view.totp.otpauthUri} label="Código QR da chave do autenticador" />
          <p>
            Chave: <code data-testid="totp-secret">{view.totp.secret}</code>
          </p>
          <p className="break">
            Endereço: <code>{view.totp.otpauthUri}</code>
          </p>
          <div className="br-input">
            <label htmlFor="totpCode">Código de verificação</label>
            <input id="totpCode" name="totpCode" inputMode="numeric" autoComplete="one-time-code" />
          </div>
        </fieldset>
        {error && (
          <div className="br-message danger" role="alert">
            <div className="content">{error}</div>
          </div>
        )}
        <button className="br-button primary" type="submit">
          Ativar conta
        </button>
      </form>
    </section>
  );
}
