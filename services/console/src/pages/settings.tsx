import { useState } from 'react';
import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/status';
import { formatDateTime } from '../format';
import { useSession } from '../session-context';
import { unwrap, useLoad } from '../use-load';

function DeliveryLog({ id }: { id: string }) {
  const loaded = useLoad(
    () =>
      unwrap(
        api.GET('/v1/notifications/endpoints/{id}/messages', {
          params: { path: { id }, query: { limit: 20 } },
        }),
      ),
    id,
  );
  if (loaded.loading) return <Loading />;
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  return (
    <div className="table-wrap">
      <table>
        <caption>Últimas entregas</caption>
        <thead>
          <tr>
            <th scope="col">Evento</th>
            <th scope="col">Situação</th>
            <th scope="col">Criado em</th>
          </tr>
        </thead>
        <tbody>
          {loaded.data.items.map((m) => (
            <tr key={m.id}>
              <td>{m.eventType}</td>
              <td>{m.status}</td>
              <td>{formatDateTime(m.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ApiClients({ institutionId }: { institutionId: string }) {
  const loaded = useLoad(
    () => unwrap(api.GET('/v1/institutions/{id}/clients', { params: { path: { id: institutionId } } })),
    institutionId,
  );
  if (loaded.loading) return <Loading />;
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  return (
    <ul>
      {loaded.data.items.map((c) => (
        <li key={c.clientId}>
          {c.clientId} — {c.roles.join(', ')}
        </li>
      ))}
    </ul>
  );
}

export function SettingsPage({ admin }: { admin: boolean }) {
  const { session } = useSession();
  const [open, setOpen] = useState<string>();
  const endpoints = useLoad(
    () => unwrap(api.GET('/v1/notifications/endpoints', { params: { query: {} } })),
    'e',
  );
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Configurações da instituição</h1>
      <h2>Webhooks</h2>
      {endpoints.loading && <Loading />}
      {endpoints.error !== undefined && <ErrorMessage error={endpoints.error} />}
      {endpoints.data?.items.length === 0 && <p>Nenhum endereço cadastrado.</p>}
      <ul>
        {endpoints.data?.items.map((e) => (
          <li key={e.id}>
            {e.url}{' '}
            <button
              type="button"
              className="br-button secondary small"
              aria-expanded={open === e.id}
              onClick={() => setOpen(open === e.id ? undefined : e.id)}
            >
              Registro de entregas
            </button>
            {open === e.id && <DeliveryLog id={e.id} />}
          </li>
        ))}
      </ul>
      {admin && (
        <>
          <h2>Clientes de API</h2>
          <ApiClients institutionId={session.person.institutionId} />
        </>
      )}
    </section>
  );
}
