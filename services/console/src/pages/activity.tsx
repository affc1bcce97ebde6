import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/status';
import { formatDay, formatPercent } from '../format';
import { Institution } from '../institutions';
import { ACTIVITY_STATUS, label } from '../labels';
import { hasRole, useSession } from '../session-context';
import { unwrap, useLoad } from '../use-load';
import { ReportCard } from './report-decision';
import { ReportForm } from './report-form';

export function ActivityPage({ code }: { code: string }) {
  const { session } = useSession();
  const activity = useLoad(
    () => unwrap(api.GET('/v1/plan/activities/{code}', { params: { path: { code } } })),
    code,
  );
  const reports = useLoad(
    () =>
      unwrap(
        api.GET('/v1/plan/activities/{code}/reports', { params: { path: { code }, query: { limit: 100 } } }),
      ),
    code,
  );
  if (activity.loading && !activity.data) return <Loading />;
  if (!activity.data) return <ErrorMessage error={activity.error} />;
  const a = activity.data;
  const coordinator = hasRole(session, 'admin', 'coordinator');
  return (
    <section aria-labelledby="activity-title">
      <h1 id="activity-title">Atividade {a.code}</h1>
      <p>{a.text}</p>
      <dl className="details">
        <dt>Situação</dt>
        <dd>
          {label(ACTIVITY_STATUS, a.status)}
          {a.overdue && <strong className="warn"> (vencida)</strong>}
        </dd>
        <dt>Progresso</dt>
        <dd>{formatPercent(a.progress)}</dd>
        <dt>Instituição responsável</dt>
        <dd>{a.leadInstitutionId ? <Institution id={a.leadInstitutionId} /> : '—'}</dd>
        <dt>Instituições parceiras</dt>
        <dd>
          {a.partnerInstitutionIds.length === 0 ? (
            '—'
          ) : (
            <ul>
              {a.partnerInstitutionIds.map((id) => (
                <li key={id}>
                  <Institution id={id} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Início</dt>
        <dd>{formatDay(a.startDate)}</dd>
        <dt>Prazo</dt>
        <dd>{formatDay(a.dueDate)}</dd>
      </dl>
      <h2>Evidências</h2>
      {a.evidence.length === 0 ? (
        <p>Nenhuma evidência registrada.</p>
      ) : (
        <ul>
          {a.evidence.map((e) => (
            <li key={e.id}>
              {formatDay(e.date)} — {e.url ? <a href={e.url}>{e.title}</a> : e.title}
            </li>
          ))}
        </ul>
      )}
      <h2>Relatórios</h2>
      {reports.loading && !reports.data && <Loading />}
      {reports.error !== undefined && <ErrorMessage error={reports.error} />}
      {reports.data?.items.length === 0 && <p>Nenhum relatório enviado.</p>}
      {reports.data?.items.map((r) => (
        <ReportCard
          key={r.id}
          report={r}
          canDecide={coordinator}
          onDecided={() => {
            reports.reload();
            activity.reload();
          }}
        />
      ))}
      {hasRole(session, 'agency', 'coordinator') && <ReportForm code={code} onSubmitted={reports.reload} />}
    </section>
  );
}
