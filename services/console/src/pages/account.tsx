import { useState, type FormEvent } from 'react';
import { changePassword, confirmTotp, startTotp, type TotpEnrolment } from '../api/session';
import { QrCode } from '../components/qr-code';
import { ErrorMessage, Success } from '../components/status';
import { field, fieldErrors } from '../form';
import { useSession } from '../session-context';

const MIN_PASSWORD = 12;
const TOTP_CODE = /^\d{6}$/;

/** An input with its label and, when the API named it in a refusal, its error. */
function Input(props: {
  id: string;
  name: string;
  label: string;
  errors: Record<string, string>;
  type?: string;
  autoComplete: string;
}) {
  const error = props.errors[props.name];
  return (
    <div className="br-input">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type={props.type ?? 'password'}
        autoComplete={props.autoComplete}
        {...(props.type === 'text' ? { inputMode: 'numeric' as const } : {})}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${props.id}-error` : undefined}
      />
      {error && (
        <span className="field-error" id={`${props.id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

function PasswordForm({ totpEnabled }: { totpEnabled: boolean }) {
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = field(form, 'newPassword', false);
    const totpCode = field(form, 'totpCode');
    setDone(false);
    // Checked here as well, so a mistyped confirmation sends nothing (the API checks the length again).
    if (newPassword.length < MIN_PASSWORD)
      return setError(`A nova senha precisa ter pelo menos ${MIN_PASSWORD} caracteres.`);
    if (newPassword !== field(form, 'confirm', false)) return setError('As novas senhas não conferem.');
    if (totpEnabled && !TOTP_CODE.test(totpCode))
      return setError('Informe o código de seis dígitos do aplicativo autenticador.');
    setError(undefined);
    try {
      await changePassword({
        currentPassword: field(form, 'currentPassword', false),
        newPassword,
        ...(totpEnabled ? { totpCode } : {}),
      });
      formElement.reset();
      setDone(true);
    } catch (e) {
      setError(e);
    }
  }

  const errors = fieldErrors(error);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="password-title">
      <h2 id="password-title">Alterar senha</h2>
      <Input
        id="password-current"
        name="currentPassword"
        label="Senha atual"
        errors={errors}
        autoComplete="current-password"
      />
      <Input
        id="password-new"
        name="newPassword"
        label={`Nova senha (mínimo de ${MIN_PASSWORD} caracteres)`}
        errors={errors}
        autoComplete="new-password"
      />
      <Input
        id="password-confirm"
        name="confirm"
        label="Repita a nova senha"
        errors={errors}
        autoComplete="new-password"
      />
      {totpEnabled && (
        <Input
          id="password-totp"
          name="totpCode"
          label="Código de verificação (aplicativo autenticador)"
          type="text"
          errors={errors}
          autoComplete="one-time-code"
        />
      )}
      {error !== undefined && (
        <ErrorMessage
          error={error}
          text={typeof error === 'string' ? error : 'Não foi possível alterar a senha.'}
        />
      )}
      {done && <Success>Senha alterada. As suas sessões em outros dispositivos foram encerradas.</Success>}
      <button className="br-button primary" type="submit">
        Alterar senha
      </button>
    </form>
  );
}

/** Turning the second factor on: a new secret (after the current password), then a code of it. */
function TotpEnrolmentForm({ onEnabled }: { onEnabled: () => void }) {
  const [error, setError] = useState<unknown>();
  const [enrolment, setEnrolment] = useState<TotpEnrolment>();

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    try {
      setEnrolment(await startTotp(field(form, 'currentPassword', false)));
    } catch (e) {
      setError(e);
    }
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const totpCode = field(new FormData(event.currentTarget), 'totpCode');
    if (!TOTP_CODE.test(totpCode))
      return setError('Informe o código de seis dígitos do aplicativo autenticador.');
    setError(undefined);
    try {
      await confirmTotp(totpCode);
      onEnabled();
    } catch (e) {
      setError(e);
    }
  }

  const errors = fieldErrors(error);
  const failure = error !== undefined && (
    <ErrorMessage
      error={error}
      text={typeof error === 'string' ? error : 'Não foi possível ativar a verificação em duas etapas.'}
    />
  );
  if (!enrolment)
    return (
      <form onSubmit={(e) => void start(e)} noValidate>
        <p>A sua conta entra só com a senha. Para pedir também um código do aplicativo autenticador:</p>
        <Input
          id="totp-current"
          name="currentPassword"
          label="Senha atual (para gerar a chave)"
          errors={errors}
          autoComplete="current-password"
        />
        {failure}
        <button className="br-button primary" type="submit">
          Gerar chave
        </button>
      </form>
    );
  return (
    <form onSubmit={(e) => void confirm(e)} noValidate>
      <p>Cadastre a chave abaixo no aplicativo autenticador e informe o código gerado.</p>
      <QrCode value={enrolment.otpauthUri} label="Código QR da chave do autenticador" />
      <p>
        Chave: <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <p className="break">
        Endereço: <code>{enrolment.otpauthUri}</code>
      </p>
      <Input
        id="totp-code"
        name="totpCode"
        label="Código de verificação"
        type="text"
        errors={errors}
        autoComplete="one-time-code"
      />
      {failure}
      <button className="br-button primary" type="submit">
        Ativar verificação em duas etapas
      </button>
    </form>
  );
}

/** The signed-in person's own account: password and second factor (any role). */
export function AccountPage() {
  const { session, update } = useSession();
  const [enabledNow, setEnabledNow] = useState(false);
  const { person } = session;
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">Minha conta</h1>
      <p>
        {person.name} — {person.email}
      </p>
      <PasswordForm totpEnabled={person.totpEnabled} />
      <section aria-labelledby="totp-title">
        <h2 id="totp-title">Verificação em duas etapas</h2>
        {enabledNow && (
          <Success>Verificação em duas etapas ativada: a entrada passa a pedir o código.</Success>
        )}
        {person.totpEnabled ? (
          !enabledNow && <p>Ativa: a entrada pede o código do aplicativo autenticador.</p>
        ) : (
          <TotpEnrolmentForm
            onEnabled={() => {
              setEnabledNow(true);
              update({ ...session, person: { ...person, totpEnabled: true } });
            }}
          />
        )}
      </section>
    </section>
  );
}
