import { useState } from 'react';
import { api } from '../api/client';
import type { Role, SessionView } from '../api/session';
import { ErrorMessage } from '../components/status';
import { unwrap } from '../use-load';

export interface ManagedPerson {
  id: string;
  name: string;
  roles: Role[];
  status: 'invited' | 'active' | 'disabled';
}

/** Roles a coordinator may disable and enable (only admins act on admins and coordinators). */
const COORDINATOR_MANAGES: readonly Role[] = ['agency', 'viewer'];

/**
 * Whether the signed-in person may disable or enable this one: the directory's rules (it refuses the
 * rest too), so the page offers no button the API would answer 403 to. Nobody acts on their own account.
 */
export function canManage(session: SessionView, person: ManagedPerson): boolean {
  if (person.id === session.person.id) return false;
  const roles = session.person.roles;
  if (roles.includes('admin')) return true;
  return roles.includes('coordinator') && person.roles.every((role) => COORDINATOR_MANAGES.includes(role));
}

/**
 * Disable (after a confirmation: the person's sessions end at once) or enable again. Invitations not
 * accepted yet have neither: they are not accounts.
 */
export function PersonActions(props: { person: ManagedPerson; onChanged: () => void }) {
  const { person } = props;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();

  async function act(action: 'disable' | 'enable') {
    setError(undefined);
    setConfirming(false);
    const params = { path: { id: person.id } };
    try {
      await unwrap(
        action === 'disable'
          ? api.POST('/v1/people/{id}/disable', { params })
          : api.POST('/v1/people/{id}/enable', { params }),
      );
      props.onChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <>
      {person.status === 'active' && !confirming && (
        <button
          type="button"
          className="br-button secondary small"
          aria-label={`Desativar ${person.name}`}
          onClick={() => setConfirming(true)}
        >
          Desativar
        </button>
      )}
      {person.status === 'disabled' && (
        <button
          type="button"
          className="br-button secondary small"
          aria-label={`Reativar ${person.name}`}
          onClick={() => void act('enable')}
        >
          Reativar
        </button>
      )}
      {confirming && (
        <div className="br-message" role="group" aria-label={`Confirmar a desativação de ${person.name}`}>
          <p>
            Desativar {person.name}? As sessões abertas terminam na hora e a entrada fica recusada até
            reativar.
          </p>
          <div className="actions">
            <button type="button" className="br-button primary small" onClick={() => void act('disable')}>
              Confirmar desativação
            </button>
            <button type="button" className="br-button secondary small" onClick={() => setConfirming(false)}>
              Cancelar
            </button>
          </div>
        </div>
      )}
      {error !== undefined && (
        <ErrorMessage
          error={error}
          text={`Não foi possível ${person.status === 'active' ? 'desativar' : 'reativar'} ${person.name}.`}
        />
      )}
    </>
  );
}
