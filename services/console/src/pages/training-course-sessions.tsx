import { useState } from 'react';
import { invalid } from '../components/field-error';
import { field } from '../form';
import { zonedDateTime } from './training-course-options';

/** The sessions typed in the form, in the API's shape (start and end with the time zone's offset). */
export function sessionsOf(form: FormData, count: number, timeZone: string) {
  return Array.from({ length: count }, (_, i) => {
    const date = field(form, `session-${i}-date`);
    return {
      start: zonedDateTime(date, field(form, `session-${i}-start`), timeZone),
      end: zonedDateTime(date, field(form, `session-${i}-end`), timeZone),
    };
  });
}

/**
 * The course's sessions: a day, a start and an end each (a session ends the day it starts). The API
 * names a refused one by position (`sessions.1.end`): its error is shown by that input.
 */
export function SessionInputs(props: { errors: Record<string, string>; onCount: (count: number) => void }) {
  // Keys that survive a removal, so the inputs typed into stay with their session.
  const [keys, setKeys] = useState([0]);
  const change = (next: number[]) => {
    setKeys(next);
    props.onCount(next.length);
  };
  const whole = invalid(props.errors, 'sessions', 'course-sessions');
  return (
    <fieldset {...whole.attributes}>
      <legend>Sessões (no fuso horário escolhido)</legend>
      {keys.map((key, i) => {
        const start = invalid(props.errors, `sessions.${i}.start`, `course-session-${i}-start`);
        const end = invalid(props.errors, `sessions.${i}.end`, `course-session-${i}-end`);
        return (
          <div key={key} role="group" aria-label={`Sessão ${i + 1}`} className="session-inputs">
            <div className="br-input">
              <label htmlFor={`course-session-${i}-date`}>Data da sessão {i + 1}</label>
              <input id={`course-session-${i}-date`} name={`session-${i}-date`} type="date" required />
            </div>
            <div className="br-input">
              <label htmlFor={`course-session-${i}-start`}>Início da sessão {i + 1}</label>
              <input
                id={`course-session-${i}-start`}
                name={`session-${i}-start`}
                type="time"
                required
                {...start.attributes}
              />
              {start.message}
            </div>
            <div className="br-input">
              <label htmlFor={`course-session-${i}-end`}>Término da sessão {i + 1}</label>
              <input
                id={`course-session-${i}-end`}
                name={`session-${i}-end`}
                type="time"
                required
                {...end.attributes}
              />
              {end.message}
            </div>
            {keys.length > 1 && (
              <button
                type="button"
                className="br-button secondary small"
                onClick={() => change(keys.filter((k) => k !== key))}
              >
                Remover sessão {i + 1}
              </button>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="br-button secondary small"
        onClick={() => change([...keys, Math.max(...keys) + 1])}
      >
        Adicionar sessão
      </button>
      {whole.message}
    </fieldset>
  );
}
