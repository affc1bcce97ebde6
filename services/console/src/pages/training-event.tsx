import { useState, type FormEvent } from 'react';
import { api, type Problem } from '../api/client';
import type { SessionView } from '../api/session';
import { ImportErrors } from '../components/import-errors';
import { ErrorMessage, Loading, Success } from '../components/status';
import { formatDateTime, formatNumber } from '../format';
import { label } from '../labels';
import { hasRole, useSession } from '../session-context';
import { unwrap, useLoad } from '../use-load';
import { AttendanceForm } from './training-attendance';
import { Enrolments } from './training-enrolments';
import { StatusActions } from './training-status-actions';
import { MODALITY, TRAINING_STATUS, type ImportResult, type TrainingEventView } from './training-types';

function CsvImport({ id, onImported }: { id: string; onImported: () => void }) {
  const [problem, setProblem] = useState<Problem>();
  const [result, setResult] = useState<ImportResult>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('csv');
    if (!(file instanceof File)) return;
    setProblem(undefined);
    setResult(undefined);
    const { data, error } = await api.POST('/v1/training/events/{id}/enrolments/import', {
      params: { path: { id } },
      body: { csv: await file.text() },
    });
    if (error) return setProblem(error);
    setResult(data as unknown as ImportResult);
    onImported();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="import-title">
      <h2 id="import-title">Importar participantes (CSV)</h2>
      <p>
        Colunas: name, email, cpf, audience, uf, institutionId (separadas por vírgula ou ponto e vírgula).
      </p>
      <div className="br-upload">
        <label htmlFor="csv">Arquivo CSV</label>
        <input id="csv" name="csv" type="file" accept=".csv,text/csv" required />
      </div>
      <button className="br-button primary" type="submit">
        Importar
      </button>
      {problem &&
        (problem.errors?.length ? (
          <ImportErrors errors={problem.errors} detail={problem.detail} />
        ) : (
          <ErrorMessage error={problem} />
        ))}
      {result && (
        <Success>
          {formatNumber(result.created)} nova(s) inscrição(ões), {formatNumber(result.unchanged)} sem
          alteração; {formatNumber(result.enrolled)} inscrito(s) e {formatNumber(result.waiting)} em lista de
          espera.
        </Success>
      )}
    </form>
  );
}

/** Who may change a course's participants: coordinators, and the organising institution's agency accounts. */
export function organises(session: SessionView, event: TrainingEventView): boolean {
  return (
    hasRole(session, 'admin', 'coordinator') ||
    (hasRole(session, 'agency') && session.person.institutionId === event.organiserInstitutionId)
  );
}

/** Who reads a course's participants (personal data): coordinators and the organising institution. */
function seesParticipants(session: SessionView, event: TrainingEventView): boolean {
  return (
    hasRole(session, 'admin', 'coordinator') || session.person.institutionId === event.organiserInstitutionId
  );
}

export function TrainingEventPage({ id }: { id: string }) {
  const { session } = useSession();
  // Bumped by each attendance recorded, so the participants' attendance is read again (and their
  // certificates once the status changes to completed).
  const [attendanceRound, setAttendanceRound] = useState(0);
  const loaded = useLoad(
    async () =>
      (await unwrap(
        api.GET('/v1/training/events/{id}', { params: { path: { id } } }),
      )) as unknown as TrainingEventView,
    id,
  );
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  const e = loaded.data;
  return (
    <section aria-labelledby="event-title">
      <h1 id="event-title">{e.title}</h1>
      {e.description && <p>{e.description}</p>}
      <dl className="figures">
        <div>
          <dt>Vagas</dt>
          <dd>{formatNumber(e.capacity)}</dd>
        </div>
        <div>
          <dt>Inscritos</dt>
          <dd>{formatNumber(e.enrolled)}</dd>
        </div>
        <div>
          <dt>Lista de espera</dt>
          <dd>{formatNumber(e.waiting)}</dd>
        </div>
        <div>
          <dt>Carga horária</dt>
          <dd>{formatNumber(e.totalHours)} h</dd>
        </div>
      </dl>
      <p>
        {label(MODALITY, e.modality)} · {label(TRAINING_STATUS, e.status)}
      </p>
      {organises(session, e) && <StatusActions id={id} status={e.status} onChanged={loaded.reload} />}
      <h2>Sessões</h2>
      <ol>
        {e.sessions.map((s) => (
          <li key={s.id}>
            {formatDateTime(s.start)} a {formatDateTime(s.end)}
          </li>
        ))}
      </ol>
      {seesParticipants(session, e) ? (
        <Enrolments
          id={id}
          sessions={e.sessions.length}
          version={`${e.status}:${e.enrolled}:${e.waiting}:${attendanceRound}`}
        />
      ) : (
        // The API answers 404 to anyone else: say why rather than show a failure.
        <p>Os participantes são vistos apenas pela instituição organizadora e pela coordenação.</p>
      )}
      {e.status === 'in_progress' && e.sessions.length > 0 && organises(session, e) && (
        <AttendanceForm
          eventId={id}
          sessions={e.sessions}
          onRecorded={() => setAttendanceRound((r) => r + 1)}
        />
      )}
      {organises(session, e) && e.status !== 'completed' && e.status !== 'cancelled' && (
        <CsvImport id={id} onImported={loaded.reload} />
      )}
    </section>
  );
}
