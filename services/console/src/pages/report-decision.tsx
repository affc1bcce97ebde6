import { useState } from 'react';
import { api } from '../api/client';
import type { operations } from '../api/schema';
import { ErrorMessage } from '../components/status';
import { formatDateTime, formatPercent } from '../format';
import { REPORT_STATUS, label } from '../labels';
import { unwrap } from '../use-load';

type Report =
  operations['PlanActivitiesController_reports']['responses'][200]['content']['application/json']['items'][number];

/** A report with, for coordinators and while pending, the approve and return actions. */
export function ReportCard(props: { report: Report; canDecide: boolean; onDecided: () => void }) {
  const { report } = props;
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const path = { code: report.activityCode, id: report.id };

  async function decide(action: 'approve' | 'return') {
    setError(undefined);
    try {
      if (action === 'approve')
        await unwrap(api.POST('/v1/plan/activities/{code}/reports/{id}/approve', { params: { path } }));
      else
        await unwrap(
          api.POST('/v1/plan/activities/{code}/reports/{id}/return', { params: { path }, body: { reason } }),
        );
      props.onDecided();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <article className="br-card report" aria-labelledby={`report-${report.id}`}>
      <div className="card-content">
        <h3 id={`report-${report.id}`}>
          Relatório {report.period} — {label(REPORT_STATUS, report.status)}
        </h3>
        <p>
          Progresso informado: {formatPercent(report.progress)} · enviado em{' '}
          {formatDateTime(report.submittedAt)}
        </p>
        <p>{report.narrative}</p>
        {report.evidence.length > 0 && (
          <ul>
            {report.evidence.map((e) => (
              <li key={e.title}>{e.url ? <a href={e.url}>{e.title}</a> : e.title}</li>
            ))}
          </ul>
        )}
        {report.reason && <p>Motivo da devolução: {report.reason}</p>}
        {error !== undefined && <ErrorMessage error={error} />}
        {props.canDecide && report.status === 'pending' && (
          <div className="actions">
            <button className="br-button primary" type="button" onClick={() => void decide('approve')}>
              Aprovar relatório {report.period}
            </button>
            {returning ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void decide('return');
                }}
              >
                <div className="br-textarea">
                  <label htmlFor={`reason-${report.id}`}>Motivo da devolução</label>
                  <textarea
                    id={`reason-${report.id}`}
                    value={reason}
                    minLength={3}
                    required
                    onChange={(e) => setReason(e.target.value)}
                  />
                </div>
                <button className="br-button secondary" type="submit">
                  Devolver
                </button>
              </form>
            ) : (
              <button className="br-button secondary" type="button" onClick={() => setReturning(true)}>
                Devolver relatório {report.period}
              </button>
            )}
          </div>
        )}
      </div>
    </article>
  );
}
