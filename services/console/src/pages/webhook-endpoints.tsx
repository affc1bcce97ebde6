import { useState } from 'react';
import { api } from '../api/client';
import type { operations } from '../api/schema';
import { ErrorMessage, Loading, Success } from '../components/status';
import { formatDateTime } from '../format';
import { Institution } from '../institutions';
import { EVENT_TYPE, label } from '../labels';
import { unwrap, useLoad } from '../use-load';
import { WebhookForm } from './webhook-form';

type Endpoint =
  operations['NotificationsController_list']['responses'][200]['content']['application/json']['items'][number];

const DISABLED_REASON: Record<string, string> = {
  gone: 'o endereço respondeu que não existe mais (410)',
  failing: 'as entregas falharam repetidamente',
};

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
              <td>
                {label(EVENT_TYPE, m.eventType)} <code className="event-code">{m.eventType}</code>
              </td>
              <td>{m.status}</td>
              <td>{formatDateTime(m.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Pending = 'disable' | 'rotate';

const CONFIRM: Record<Pending, { question: string; button: string }> = {
  disable: {
    question: 'Desativar este endereço? Ele deixa de receber notificações até ser reativado.',
    button: 'Confirmar desativação',
  },
  rotate: {
    question: 'Gerar um novo segredo? O atual continua valendo por 24 horas, ao lado do novo.',
    button: 'Confirmar novo segredo',
  },
};

function EndpointItem(props: { endpoint: Endpoint; manage: boolean; onChanged: () => void }) {
  const e = props.endpoint;
  const [log, setLog] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [error, setError] = useState<unknown>();
  const [secret, setSecret] = useState<string>();

  async function act(action: Pending | 'enable') {
    setError(undefined);
    setPending(undefined);
    const path = { id: e.id };
    try {
      if (action === 'rotate') {
        const rotated = await unwrap(
          api.POST('/v1/notifications/endpoints/{id}/secret/rotate', { params: { path } }),
        );
        setSecret(rotated.secret);
      } else {
        const body = { enabled: action === 'enable' };
        await unwrap(api.PATCH('/v1/notifications/endpoints/{id}', { params: { path }, body }));
      }
      props.onChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <li>
      <strong>{e.url}</strong>
      {e.description && ` — ${e.description}`}
      <br />
      <Institution id={e.institutionId} /> ·{' '}
      {e.enabled
        ? 'Ativo'
        : `Desativado${e.disabledReason ? `: ${DISABLED_REASON[e.disabledReason] ?? e.disabledReason}` : ''}`}
      <div className="actions">
        <button
          type="button"
          className="br-button secondary small"
          aria-expanded={log}
          onClick={() => setLog(!log)}
        >
          Registro de entregas
        </button>
        {props.manage && e.enabled && (
          <button type="button" className="br-button secondary small" onClick={() => setPending('disable')}>
            Desativar
          </button>
        )}
        {props.manage && !e.enabled && (
          <button type="button" className="br-button secondary small" onClick={() => void act('enable')}>
            Reativar
          </button>
        )}
        {props.manage && (
          <button type="button" className="br-button secondary small" onClick={() => setPending('rotate')}>
            Gerar novo segredo
          </button>
        )}
      </div>
      {pending && (
        <div className="br-message" role="group" aria-label="Confirmação">
          <p>{CONFIRM[pending].question}</p>
          <div className="actions">
            <button type="button" className="br-button primary small" onClick={() => void act(pending)}>
              {CONFIRM[pending].button}
            </button>
            <button type="button" className="br-button secondary small" onClick={() => setPending(undefined)}>
              Cancelar
            </button>
          </div>
        </div>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      {secret && (
        <Success>
          Novo segredo de assinatura (não será mostrado de novo): <code className="secret">{secret}</code>
        </Success>
      )}
      {log && <DeliveryLog id={e.id} />}
    </li>
  );
}

/**
 * The webhook endpoints the caller sees. Agencies and coordinators register and manage their own
 * institution's; a coordinator also reads every other's, without changing them (the API refuses).
 */
export function WebhookEndpoints({
  institutionId,
  canManage,
}: {
  institutionId: string;
  canManage: boolean;
}) {
  const endpoints = useLoad(
    () => unwrap(api.GET('/v1/notifications/endpoints', { params: { query: { limit: 100 } } })),
    'endpoints',
  );
  return (
    <>
      {endpoints.loading && <Loading />}
      {endpoints.error !== undefined && <ErrorMessage error={endpoints.error} />}
      {endpoints.data?.items.length === 0 && <p>Nenhum endereço cadastrado.</p>}
      <ul>
        {endpoints.data?.items.map((e) => (
          <EndpointItem
            key={e.id}
            endpoint={e}
            manage={canManage && e.institutionId === institutionId}
            onChanged={endpoints.reload}
          />
        ))}
      </ul>
      {canManage && <WebhookForm onCreated={endpoints.reload} />}
    </>
  );
}
