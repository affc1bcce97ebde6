import { useState } from 'react';
import { api } from '../api/client';
import { Deadline } from '../components/countdown';
import { ErrorMessage, Loading, Success } from '../components/status';
import { formatDateTime } from '../format';
import { Institution } from '../institutions';
import { REFERRAL_SERVICE, REFERRAL_STATUS, REFERRAL_URGENCY, label } from '../labels';
import { useSession } from '../session-context';
import { unwrap, useLoad } from '../use-load';
import { IdentifiersReveal } from './referral-identifiers';
import type { ReferralView } from './referral-types';

type Transition =
  | { to: 'accepted' }
  | { to: 'in_progress' }
  | { to: 'rejected'; reason: string }
  | { to: 'completed'; outcome: string }
  | { to: 'revoked'; reason: string };

const NEEDS_TEXT: Record<string, string> = {
  rejected: 'Motivo da recusa',
  completed: 'Resultado do atendimento',
  revoked: 'Motivo da revogação',
};

function transition(to: string, text: string): Transition {
  switch (to) {
    case 'rejected':
      return { to, reason: text };
    case 'revoked':
      return { to, reason: text };
    case 'completed':
      return { to, outcome: text };
    case 'in_progress':
      return { to };
    default:
      return { to: 'accepted' };
  }
}

/** What this institution may do next: the receiver answers and completes, the sender revokes. */
export function nextSteps(r: ReferralView, institutionId: string): { to: string; text: string }[] {
  if (r.receiverInstitutionId === institutionId) {
    if (r.status === 'sent')
      return [
        { to: 'accepted', text: 'Aceitar' },
        { to: 'rejected', text: 'Recusar' },
      ];
    if (r.status === 'accepted')
      return [
        { to: 'in_progress', text: 'Iniciar atendimento' },
        { to: 'completed', text: 'Concluir' },
      ];
    if (r.status === 'in_progress') return [{ to: 'completed', text: 'Concluir' }];
  }
  if (r.senderInstitutionId === institutionId && (r.status === 'sent' || r.status === 'accepted'))
    return [{ to: 'revoked', text: 'Revogar' }];
  return [];
}

export function ReferralPage({ id }: { id: string }) {
  const { session } = useSession();
  const loaded = useLoad(
    async () =>
      (await unwrap(api.GET('/v1/referrals/{id}', { params: { path: { id } } }))) as unknown as ReferralView,
    id,
  );
  const [pending, setPending] = useState<string>();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();

  async function apply(to: string) {
    if (NEEDS_TEXT[to] && pending !== to) return setPending(to);
    setError(undefined);
    try {
      await unwrap(
        api.POST('/v1/referrals/{id}/transitions', { params: { path: { id } }, body: transition(to, text) }),
      );
      setPending(undefined);
      setText('');
      setDone(to);
      loaded.reload();
    } catch (e) {
      setError(e);
    }
  }

  if (loaded.loading && !loaded.data) return <Loading />;
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  const r = loaded.data;
  return (
    <section aria-labelledby="referral-title">
      <h1 id="referral-title">Encaminhamento — {label(REFERRAL_SERVICE, r.service)}</h1>
      <dl className="details">
        <dt>Enviado por</dt>
        <dd>
          <Institution id={r.senderInstitutionId} />
        </dd>
        <dt>Enviado para</dt>
        <dd>
          <Institution id={r.receiverInstitutionId} />
        </dd>
        <dt>Situação</dt>
        <dd data-testid="referral-status">{label(REFERRAL_STATUS, r.status)}</dd>
        <dt>Urgência</dt>
        <dd>{label(REFERRAL_URGENCY, r.urgency)}</dd>
        <dt>Enviado em</dt>
        <dd>{formatDateTime(r.sentAt)}</dd>
        <dt>Prazo de resposta</dt>
        <dd>{r.status === 'sent' ? <Deadline deadline={r.deadline} /> : formatDateTime(r.deadline)}</dd>
        {r.reason && (
          <>
            <dt>Motivo</dt>
            <dd>{r.reason}</dd>
          </>
        )}
        {r.outcome && (
          <>
            <dt>Resultado</dt>
            <dd>{r.outcome}</dd>
          </>
        )}
      </dl>
      {done && <Success>Encaminhamento atualizado: {label(REFERRAL_STATUS, done)}.</Success>}
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="actions">
        {nextSteps(r, session.person.institutionId).map((step) => (
          <button
            key={step.to}
            type="button"
            className={step.to === 'accepted' ? 'br-button primary' : 'br-button secondary'}
            onClick={() => void apply(step.to)}
          >
            {step.text}
          </button>
        ))}
      </div>
      {pending && NEEDS_TEXT[pending] && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void apply(pending);
          }}
        >
          <div className="br-textarea">
            <label htmlFor="transition-text">{NEEDS_TEXT[pending]}</label>
            <textarea
              id="transition-text"
              value={text}
              minLength={3}
              required
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <button className="br-button primary" type="submit">
            Confirmar
          </button>
        </form>
      )}
      <IdentifiersReveal referral={r} />
    </section>
  );
}
