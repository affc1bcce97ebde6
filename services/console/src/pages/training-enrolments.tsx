import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/status';
import { formatNumber, formatPercent } from '../format';
import { label } from '../labels';
import { unwrap, useLoad } from '../use-load';
import { ENROLMENT_STATUS, type EnrolmentView } from './training-types';

/** Share of the event's sessions a participant attended, 0–100. */
export function attendanceShare(attended: string[], sessions: number): number {
  return sessions === 0 ? 0 : (new Set(attended).size / sessions) * 100;
}

/** Participants with their attendance and certificate (codes verifiable at /v1/certificates/{code}). */
export function Enrolments({ id, sessions, version }: { id: string; sessions: number; version: string }) {
  const loaded = useLoad(async () => {
    const page = await unwrap(
      api.GET('/v1/training/events/{id}/enrolments', { params: { path: { id }, query: { limit: 100 } } }),
    );
    return page as unknown as { items: EnrolmentView[] };
  }, `${id}:${version}`);
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  const certificates = loaded.data.items.filter((e) => e.certificateCode).length;
  return (
    <section aria-labelledby="enrolments-title">
      <h2 id="enrolments-title">Participantes, frequência e certificados</h2>
      <p>{formatNumber(certificates)} certificado(s) emitido(s).</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Nome</th>
              <th scope="col">Situação</th>
              <th scope="col">Frequência</th>
              <th scope="col">Certificado</th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.items.map((e) => (
              <tr key={e.id}>
                <td>{e.name}</td>
                <td>
                  {label(ENROLMENT_STATUS, e.status)}
                  {e.waitingPosition !== undefined && ` (${formatNumber(e.waitingPosition)}º)`}
                </td>
                <td>{formatPercent(attendanceShare(e.attendedSessionIds, sessions))}</td>
                <td>
                  {e.certificateCode ? (
                    <a href={`/v1/certificates/${encodeURIComponent(e.certificateCode)}.pdf`}>
                      {e.certificateCode}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
