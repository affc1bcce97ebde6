import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { invalid } from '../components/field-error';
import { ErrorMessage, Loading, Success } from '../components/status';
import { formatDateTime, formatNumber } from '../format';
import { fieldErrors } from '../form';
import { unwrap, useLoad } from '../use-load';
import type { EnrolmentView, TrainingEventView } from './training-types';

type Session = TrainingEventView['sessions'][number];

/** The session whose attendance is most likely being taken: the last one begun, else the first. */
export function defaultSession(sessions: Session[], now: Date): string | undefined {
  const begun = sessions.filter((s) => Date.parse(s.start) <= now.getTime());
  return (begun.at(-1) ?? sessions[0])?.id;
}

/**
 * Everyone holding a seat, every page of them: the API replaces a session's attendance with the list
 * sent, so a participant left off a partial list would be marked absent.
 */
async function seated(id: string): Promise<EnrolmentView[]> {
  const all: EnrolmentView[] = [];
  let cursor: string | undefined;
  do {
    const query = { limit: 100, status: 'enrolled' as const, ...(cursor ? { cursor } : {}) };
    const page = (await unwrap(
      api.GET('/v1/training/events/{id}/enrolments', { params: { path: { id }, query } }),
    )) as unknown as { items: EnrolmentView[]; nextCursor?: string | null };
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

const presentAt = (people: EnrolmentView[], sessionId: string | undefined) =>
  new Set(people.filter((p) => sessionId && p.attendedSessionIds.includes(sessionId)).map((p) => p.id));

/** Attendance of one session, for every participant at once; sending it again replaces it. */
export function AttendanceForm(props: { eventId: string; sessions: Session[]; onRecorded: () => void }) {
  const [sessionId, setSessionId] = useState(() => defaultSession(props.sessions, new Date()));
  const [round, setRound] = useState(0);
  const people = useLoad(() => seated(props.eventId), `${props.eventId}:${round}`);
  const [marks, setMarks] = useState<{ of: [EnrolmentView[] | undefined, string?]; present: Set<string> }>();
  const [error, setError] = useState<unknown>();
  const [recorded, setRecorded] = useState<{ session: number; present: number }>();

  // The marks made start from what was recorded for the session shown: a new load or another session
  // starts them again from there.
  const present =
    marks && marks.of[0] === people.data && marks.of[1] === sessionId
      ? marks.present
      : presentAt(people.data ?? [], sessionId);
  const setPresent = (next: Set<string>) => setMarks({ of: [people.data, sessionId], present: next });

  function mark(id: string, isPresent: boolean) {
    const next = new Set(present);
    if (isPresent) next.add(id);
    else next.delete(id);
    setPresent(next);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!sessionId || !people.data) return;
    const presentEnrolmentIds = people.data.filter((p) => present.has(p.id)).map((p) => p.id);
    setError(undefined);
    setRecorded(undefined);
    try {
      const result = (await unwrap(
        api.PUT('/v1/training/events/{id}/sessions/{sessionId}/attendance', {
          params: { path: { id: props.eventId, sessionId } },
          body: { presentEnrolmentIds },
        }),
      )) as unknown as { present: number };
      setRecorded({
        session: props.sessions.findIndex((s) => s.id === sessionId) + 1,
        present: result.present,
      });
      setRound((r) => r + 1);
      props.onRecorded();
    } catch (e) {
      setError(e);
    }
  }

  const errors = fieldErrors(error);
  const sessionError = invalid(errors, 'sessionId', 'attendance-session');
  const presentError = invalid(errors, 'presentEnrolmentIds', 'attendance-present');
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="attendance-title">
      <h2 id="attendance-title">Registrar frequência</h2>
      <div className="br-select">
        <label htmlFor="attendance-session">Sessão</label>
        <select
          id="attendance-session"
          name="sessionId"
          value={sessionId ?? ''}
          onChange={(e) => {
            setSessionId(e.target.value);
            setRecorded(undefined);
          }}
          {...sessionError.attributes}
        >
          {props.sessions.map((s, i) => (
            <option key={s.id} value={s.id}>
              Sessão {i + 1}: {formatDateTime(s.start)} a {formatDateTime(s.end)}
            </option>
          ))}
        </select>
        {sessionError.message}
      </div>
      {people.loading && !people.data && <Loading />}
      {people.error !== undefined && <ErrorMessage error={people.error} />}
      {people.data?.length === 0 && <p>Nenhum participante inscrito com vaga.</p>}
      {people.data && people.data.length > 0 && (
        <fieldset {...presentError.attributes}>
          <legend>Presentes na sessão (desmarcados contam como ausentes)</legend>
          <div className="actions">
            <button
              type="button"
              className="br-button secondary small"
              onClick={() => setPresent(new Set(people.data?.map((p) => p.id)))}
            >
              Marcar todos
            </button>
            <button type="button" className="br-button secondary small" onClick={() => setPresent(new Set())}>
              Desmarcar todos
            </button>
          </div>
          {people.data.map((p) => (
            <div className="br-checkbox" key={p.id}>
              <input
                id={`attendance-${p.id}`}
                type="checkbox"
                checked={present.has(p.id)}
                onChange={(e) => mark(p.id, e.target.checked)}
                aria-describedby={`attendance-${p.id}-email`}
              />
              <label htmlFor={`attendance-${p.id}`}>{p.name}</label>{' '}
              <span id={`attendance-${p.id}-email`} className="participant-email">
                {p.email}
              </span>
            </div>
          ))}
          {presentError.message}
        </fieldset>
      )}
      {error !== undefined && <ErrorMessage error={error} text="Não foi possível registrar a frequência." />}
      {recorded && (
        <Success>
          Frequência da sessão {recorded.session} registrada: {formatNumber(recorded.present)} presente(s).
        </Success>
      )}
      <button className="br-button primary" type="submit" disabled={!people.data?.length || !sessionId}>
        Registrar frequência
      </button>
    </form>
  );
}
