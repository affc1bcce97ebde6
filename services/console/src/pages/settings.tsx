import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/status';
import { hasRole, useSession } from '../session-context';
import { unwrap, useLoad } from '../use-load';
import { WebhookEndpoints } from './webhook-endpoints';

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
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Configurações da instituição</h1>
      <h2>Webhooks</h2>
      <WebhookEndpoints
        institutionId={session.person.institutionId}
        canManage={hasRole(session, 'agency', 'coordinator')}
      />
      {admin && (
        <>
          <h2>Clientes de API</h2>
          <ApiClients institutionId={session.person.institutionId} />
        </>
      )}
    </section>
  );
}
