import { api } from '../api/client';
import { Filters, type FilterField } from '../components/filters';
import { ErrorMessage, Loading } from '../components/status';
import { formatDay, formatPercent } from '../format';
import { Institution } from '../institutions';
import { ACTIVITY_STATUS, label } from '../labels';
import { href, navigate } from '../router';
import { unwrap, useLoad } from '../use-load';

const FIELDS: FilterField[] = [
  { name: 'eixo', label: 'Eixo', options: { '1': 'Eixo 1', '2': 'Eixo 2', '3': 'Eixo 3', '4': 'Eixo 4' } },
  { name: 'situacao', label: 'Situação', options: ACTIVITY_STATUS },
  { name: 'acao', label: 'Ação (ex.: 2.5)' },
  { name: 'texto', label: 'Texto' },
];

type Status = 'not_started' | 'in_progress' | 'completed' | 'delayed' | 'cancelled';

/** The address's filters as the API's query. */
export function activityQuery(query: URLSearchParams) {
  const axis = Number(query.get('eixo'));
  const status = query.get('situacao');
  return {
    limit: 100,
    ...(Number.isInteger(axis) && axis > 0 ? { axis } : {}),
    ...(status && status in ACTIVITY_STATUS ? { status: status as Status } : {}),
    ...(query.get('acao') ? { action: query.get('acao') ?? '' } : {}),
    ...(query.get('texto') ? { q: query.get('texto') ?? '' } : {}),
  };
}

export function ActivitiesPage({ query }: { query: URLSearchParams }) {
  const key = query.toString();
  const loaded = useLoad(
    () => unwrap(api.GET('/v1/plan/activities', { params: { query: activityQuery(query) } })),
    key,
  );
  return (
    <section aria-labelledby="activities-title">
      <h1 id="activities-title">Atividades do Plano</h1>
      <Filters fields={FIELDS} values={query} onApply={(values) => navigate('/atividades', values)} />
      {loaded.loading && <Loading />}
      {loaded.error !== undefined && <ErrorMessage error={loaded.error} />}
      {loaded.data && (
        <div className="table-wrap">
          <table>
            <caption>{loaded.data.items.length} atividade(s)</caption>
            <thead>
              <tr>
                <th scope="col">Código</th>
                <th scope="col">Atividade</th>
                <th scope="col">Responsável</th>
                <th scope="col">Situação</th>
                <th scope="col">Progresso</th>
                <th scope="col">Prazo</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.items.map((a) => (
                <tr key={a.code}>
                  <td>
                    <a href={href(`/atividades/${a.code}`)}>{a.code}</a>
                  </td>
                  <td>{a.text}</td>
                  <td>{a.leadInstitutionId ? <Institution id={a.leadInstitutionId} /> : '—'}</td>
                  <td>
                    {label(ACTIVITY_STATUS, a.status)}
                    {a.overdue && <strong className="warn"> (vencida)</strong>}
                  </td>
                  <td>{formatPercent(a.progress)}</td>
                  <td>{formatDay(a.dueDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
