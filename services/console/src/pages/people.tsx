import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { ErrorMessage, Loading, Success } from '../components/status';
import { field } from '../form';
import { formatDateTime } from '../format';
import { PERSON_STATUS, ROLE_LABEL } from '../labels';
import { hasRole, useSession } from '../session-context';
import { canManage, PersonActions } from './person-actions';
import { unwrap, useLoad } from '../use-load';

type Role = keyof typeof ROLE_LABEL;

/** The roles a person may give: only an admin makes admins (the directory refuses the rest too). */
export function invitableRoles(canInviteAdmins: boolean): Role[] {
  const roles = Object.keys(ROLE_LABEL) as Role[];
  return canInviteAdmins ? roles : roles.filter((role) => role !== 'admin');
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { session } = useSession();
  const [error, setError] = useState<unknown>();
  const [invited, setInvited] = useState<{ invitationUrl: string; expiresAt: string }>();
  const institutions = useLoad(
    () => unwrap(api.GET('/v1/institutions', { params: { query: { limit: 100 } } })),
    'institutions',
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const roles = form.getAll('roles').filter((r): r is Role => typeof r === 'string' && r in ROLE_LABEL);
    setError(undefined);
    setInvited(undefined);
    try {
      const answer = await unwrap(
        api.POST('/v1/people/invitations', {
          body: {
            name: field(form, 'name'),
            email: field(form, 'email'),
            institutionId: field(form, 'institutionId'),
            roles,
          },
        }),
      );
      setInvited(answer);
      onInvited();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="invite-title">
      <h2 id="invite-title">Convidar uma pessoa</h2>
      <div className="br-input">
        <label htmlFor="invite-name">Nome</label>
        <input id="invite-name" name="name" required maxLength={200} />
      </div>
      <div className="br-input">
        <label htmlFor="invite-email">E-mail institucional</label>
        <input id="invite-email" name="email" type="email" required />
      </div>
      <div className="br-select">
        <label htmlFor="invite-institution">Instituição</label>
        <select id="invite-institution" name="institutionId" defaultValue={session.person.institutionId}>
          {institutions.data?.items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.acronym} — {i.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Papéis</legend>
        {invitableRoles(hasRole(session, 'admin')).map((role) => (
          <div className="br-checkbox" key={role}>
            <input id={`invite-role-${role}`} type="checkbox" name="roles" value={role} />
            <label htmlFor={`invite-role-${role}`}>{ROLE_LABEL[role]}</label>
          </div>
        ))}
      </fieldset>
      {error !== undefined && <ErrorMessage error={error} />}
      {invited && (
        <Success>
          Convite criado. Envie este endereço à pessoa (vale uma vez, até {formatDateTime(invited.expiresAt)}
          ): <code>{invited.invitationUrl}</code>
        </Success>
      )}
      <button className="br-button primary" type="submit">
        Convidar
      </button>
    </form>
  );
}

/** People with accounts in the console, disabling and enabling them, and inviting more (admins and coordinators). */
export function PeoplePage() {
  const { session } = useSession();
  const people = useLoad(
    () => unwrap(api.GET('/v1/people', { params: { query: { limit: 100 } } })),
    'people',
  );
  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">Pessoas</h1>
      {people.loading && <Loading />}
      {people.error !== undefined && <ErrorMessage error={people.error} />}
      {people.data && (
        <div className="table-wrap">
          <table>
            <caption>Contas de pessoas</caption>
            <thead>
              <tr>
                <th scope="col">Nome</th>
                <th scope="col">E-mail</th>
                <th scope="col">Papéis</th>
                <th scope="col">Situação</th>
                <th scope="col">Segundo fator</th>
                <th scope="col">Ações</th>
              </tr>
            </thead>
            <tbody>
              {people.data.items.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.email}</td>
                  <td>{p.roles.map((r) => ROLE_LABEL[r]).join(', ')}</td>
                  <td>{PERSON_STATUS[p.status]}</td>
                  <td>{p.totpEnabled ? 'Ativo' : 'Não'}</td>
                  <td>{canManage(session, p) && <PersonActions person={p} onChanged={people.reload} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <InviteForm onInvited={people.reload} />
    </section>
  );
}
