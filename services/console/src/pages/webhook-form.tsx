import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { invalid } from '../components/field-error';
import { ErrorMessage, Success } from '../components/status';
import { field, fieldErrors } from '../form';
import { EVENT_TYPE, type EventType } from '../labels';
import { unwrap } from '../use-load';

// In the order EVENT_TYPE names them; that map is typed by the API's list, so none is missed.
const EVENT_TYPES = Object.keys(EVENT_TYPE) as EventType[];

/** A new webhook endpoint; its signing secret is in the answer only, so it is shown once here. */
export function WebhookForm({ onCreated }: { onCreated: () => void }) {
  const [error, setError] = useState<unknown>();
  const [secret, setSecret] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const description = field(form, 'description');
    const eventTypes = form
      .getAll('eventTypes')
      .filter((t): t is EventType => (EVENT_TYPES as unknown[]).includes(t));
    setError(undefined);
    setSecret(undefined);
    try {
      const created = await unwrap(
        api.POST('/v1/notifications/endpoints', {
          body: {
            url: field(form, 'url'),
            ...(description ? { description } : {}),
            eventTypes,
            enabled: true,
          },
        }),
      );
      setSecret(created.secret);
      formElement.reset();
      onCreated();
    } catch (e) {
      setError(e);
    }
  }

  const errors = fieldErrors(error);
  const url = invalid(errors, 'url', 'webhook-url');
  const description = invalid(errors, 'description', 'webhook-description');
  const types = invalid(errors, 'eventTypes', 'webhook-events');
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="webhook-form-title">
      <h3 id="webhook-form-title">Cadastrar endereço de webhook</h3>
      <div className="br-input">
        <label htmlFor="webhook-url">Endereço (URL) que recebe as notificações</label>
        <input id="webhook-url" name="url" type="url" required {...url.attributes} />
        {url.message}
      </div>
      <div className="br-input">
        <label htmlFor="webhook-description">Descrição (opcional)</label>
        <input id="webhook-description" name="description" maxLength={500} {...description.attributes} />
        {description.message}
      </div>
      <fieldset {...types.attributes}>
        <legend>Eventos (nenhum marcado: todos os que a instituição pode receber)</legend>
        {EVENT_TYPES.map((type) => (
          <div className="br-checkbox" key={type}>
            <input
              id={`webhook-event-${type}`}
              type="checkbox"
              name="eventTypes"
              value={type}
              aria-describedby={`webhook-event-${type}-code`}
            />
            <label htmlFor={`webhook-event-${type}`}>{EVENT_TYPE[type]}</label>{' '}
            {/* The code is what the integrator's system receives in each message. */}
            <code id={`webhook-event-${type}-code`} className="event-code">
              {type}
            </code>
          </div>
        ))}
        {types.message}
      </fieldset>
      {error !== undefined && <ErrorMessage error={error} text="Não foi possível cadastrar o endereço." />}
      {secret && (
        <Success>
          Endereço cadastrado. Guarde agora o segredo de assinatura: ele não será mostrado de novo.{' '}
          <code className="secret" data-testid="webhook-secret">
            {secret}
          </code>
        </Success>
      )}
      <button className="br-button primary" type="submit">
        Cadastrar endereço
      </button>
    </form>
  );
}
