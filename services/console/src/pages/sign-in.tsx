import { useState, type FormEvent } from 'react';
import { ApiError, signIn, type SessionView } from '../api/session';
import { field } from '../form';

function message(error: unknown): string {
  if (error instanceof ApiError) {
    // The API answers every refused sign-in alike (a locked account too), so as not to reveal accounts.
    if (error.status === 401)
      return 'E-mail, senha ou código de verificação incorretos. Após várias tentativas sem sucesso, a entrada fica suspensa por alguns minutos.';
    if (error.status === 429) return 'Muitas tentativas sem sucesso. Tente novamente mais tarde.';
  }
  return 'Não foi possível entrar agora. Tente novamente.';
}

export function SignInPage({ onSignedIn }: { onSignedIn: (session: SessionView) => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const totpCode = field(form, 'totpCode');
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(
        await signIn({
          email: field(form, 'email'),
          password: field(form, 'password', false),
          ...(totpCode ? { totpCode } : {}),
        }),
      );
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Entrar no console</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="br-input">
          <label htmlFor="email">E-mail institucional</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="br-input">
          <label htmlFor="password">Senha</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <div className="br-input">
          <label htmlFor="totpCode">Código de verificação (aplicativo autenticador)</label>
          <input
            id="totpCode"
            name="totpCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            aria-describedby="totp-help"
          />
          <p id="totp-help" className="help">
            Seis dígitos. Obrigatório para quem acessa dados pessoais.
          </p>
        </div>
        {error && (
          <div className="br-message danger" role="alert">
            <div className="content">{error}</div>
          </div>
        )}
        <button className="br-button primary" type="submit" disabled={busy}>
          Entrar
        </button>
      </form>
    </section>
  );
}
