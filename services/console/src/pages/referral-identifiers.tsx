import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { ErrorMessage } from '../components/status';
import { unwrap } from '../use-load';
import type { ReferralView } from './referral-types';
import { field } from '../form';

/**
 * Identifiers stay hidden until the person states why they need them: the API records the purpose
 * in the audit log with the read. Only offered where the sharing rule allows.
 */
export function IdentifiersReveal({ referral }: { referral: ReferralView }) {
  const [asking, setAsking] = useState(false);
  const [identifiers, setIdentifiers] = useState<Record<string, unknown>>();
  const [error, setError] = useState<unknown>();

  if (!referral.sharing.identifiers)
    return <p>Os identificadores deste caso não são compartilhados com a sua instituição.</p>;

  async function reveal(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const purpose = field(new FormData(event.currentTarget), 'purpose');
    setError(undefined);
    try {
      const data = await unwrap(
        api.POST('/v1/referrals/{id}/identifier-reads', {
          params: { path: { id: referral.id } },
          body: { purpose },
        }),
      );
      setIdentifiers(data);
      setAsking(false);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="identifiers-title">
      <h2 id="identifiers-title">Identificadores da pessoa</h2>
      {identifiers ? (
        <dl className="details">
          {Object.entries(identifiers).map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
            </div>
          ))}
        </dl>
      ) : asking ? (
        <form onSubmit={(e) => void reveal(e)}>
          <div className="br-textarea">
            <label htmlFor="purpose">Finalidade do acesso (fica registrada na auditoria)</label>
            <textarea id="purpose" name="purpose" minLength={3} required />
          </div>
          <button className="br-button primary" type="submit">
            Mostrar identificadores
          </button>
        </form>
      ) : (
        <button className="br-button secondary" type="button" onClick={() => setAsking(true)}>
          Mostrar identificadores…
        </button>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
    </section>
  );
}
