import { useState } from 'react';
import { api } from '../api/client';
import { ErrorMessage, Success } from '../components/status';
import { formatNumber } from '../format';
import { label } from '../labels';
import { unwrap } from '../use-load';
import { TRAINING_STATUS } from './training-types';

type Action = 'open' | 'in_progress' | 'cancelled' | 'complete';

const BUTTON: Record<Action, string> = {
  open: 'Abrir inscrições',
  in_progress: 'Iniciar capacitação',
  complete: 'Concluir e emitir certificados',
  cancelled: 'Cancelar capacitação',
};

// Completing and cancelling cannot be undone: each waits for a confirmation.
const CONFIRM: Partial<Record<Action, { question: string; button: string }>> = {
  complete: {
    question:
      'Concluir a capacitação? Recebe certificado quem cumpriu a frequência mínima, e a frequência não poderá mais ser alterada.',
    button: 'Confirmar conclusão',
  },
  cancelled: {
    question: 'Cancelar a capacitação? As inscrições deixam de valer e ela não poderá ser reaberta.',
    button: 'Confirmar cancelamento',
  },
};

/** What each status allows (the API refuses the rest with 409). */
const NEXT: Record<string, Action[]> = {
  planned: ['open', 'cancelled'],
  open: ['in_progress', 'cancelled'],
  in_progress: ['complete', 'cancelled'],
};

/** The organiser moves the course along its life: open, start, complete (certificates) or cancel. */
export function StatusActions(props: { id: string; status: string; onChanged: () => void }) {
  const [pending, setPending] = useState<Action>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();

  async function act(action: Action) {
    setPending(undefined);
    setError(undefined);
    setDone(undefined);
    const path = { id: props.id };
    try {
      if (action === 'complete') {
        const result = (await unwrap(
          api.POST('/v1/training/events/{id}/completion', { params: { path } }),
        )) as unknown as { certificatesIssued: number; notCertified: number };
        setDone(
          `Capacitação concluída: ${formatNumber(result.certificatesIssued)} certificado(s) emitido(s), ` +
            `${formatNumber(result.notCertified)} participante(s) sem a frequência mínima.`,
        );
      } else {
        await unwrap(
          api.POST('/v1/training/events/{id}/transitions', { params: { path }, body: { to: action } }),
        );
        setDone(`Situação atualizada: ${label(TRAINING_STATUS, action)}.`);
      }
      props.onChanged();
    } catch (e) {
      setError(e);
    }
  }

  const actions = NEXT[props.status] ?? [];
  const confirm = pending && CONFIRM[pending];
  if (actions.length === 0 && !done && error === undefined) return null;
  return (
    <section aria-labelledby="status-actions-title">
      <h2 id="status-actions-title">Situação da capacitação</h2>
      {actions.length > 0 && (
        <div className="actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`br-button ${action === 'cancelled' ? 'secondary' : 'primary'} small`}
              onClick={() => (CONFIRM[action] ? setPending(action) : void act(action))}
            >
              {BUTTON[action]}
            </button>
          ))}
        </div>
      )}
      {pending && confirm && (
        <div className="br-message" role="group" aria-label="Confirmação">
          <p>{confirm.question}</p>
          <div className="actions">
            <button type="button" className="br-button primary small" onClick={() => void act(pending)}>
              {confirm.button}
            </button>
            <button type="button" className="br-button secondary small" onClick={() => setPending(undefined)}>
              Voltar
            </button>
          </div>
        </div>
      )}
      {error !== undefined && (
        <ErrorMessage error={error} text="Não foi possível mudar a situação da capacitação." />
      )}
      {done && <Success>{done}</Success>}
    </section>
  );
}
