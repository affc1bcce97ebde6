import { api } from '../api/client';
import { Filters, type FilterField } from '../components/filters';
import { ErrorMessage, Loading } from '../components/status';
import { formatDateTime, formatNumber } from '../format';
import { label } from '../labels';
import { href, navigate } from '../router';
import { hasRole, useSession } from '../session-context';
import { unwrap, useLoad } from '../use-load';
import { MODALITY, TRAINING_STATUS, type TrainingEventView } from './training-types';

const FIELDS: FilterField[] = [
  { name: 'situacao', label: 'Situação', options: TRAINING_STATUS },
  { name: 'modalidade', label: 'Modalidade', options: MODALITY },
];

type Status = 'planned' | 'open' | 'in_progress' | 'completed' | 'cancelled';
type Modality = 'in_person' | 'online' | 'hybrid';

/** Events grouped by the month of their first session, for the calendar view. */
export function byMonth(events: TrainingEventView[]): [string, TrainingEventView[]][] {
  const months = new Map<string, TrainingEventView[]>();
  const format = new Intl.DateTimeFormat('pt-BR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Undated events (no session yet) go last.
  const startOf = (e: TrainingEventView) => e.sessions[0]?.start ?? '\uffff';
  const sorted = [...events].sort((a, b) => startOf(a).localeCompare(startOf(b)));
  for (const event of sorted) {
    const start = event.sessions[0]?.start;
    const key = start ? format.format(new Date(start)) : 'Sem data';
    months.set(key, [...(months.get(key) ?? []), event]);
  }
  return [...months.entries()];
}

export function TrainingPage({ query }: { query: URLSearchParams }) {
  const { session } = useSession();
  const status = query.get('situacao');
  const modality = query.get('modalidade');
  const loaded = useLoad(async () => {
    const page = await unwrap(
      api.GET('/v1/training/events', {
        params: {
          query: {
            limit: 100,
            ...(status && status in TRAINING_STATUS ? { status: status as Status } : {}),
            ...(modality && modality in MODALITY ? { modality: modality as Modality } : {}),
          },
        },
      }),
    );
    return page as unknown as { items: TrainingEventView[] };
  }, query.toString());
  return (
    <section aria-labelledby="training-title">
      <h1 id="training-title">Capacitações</h1>
      {hasRole(session, 'admin', 'coordinator', 'agency') && (
        <p>
          <a className="br-button primary" href={href('/capacitacoes/nova')}>
            Planejar capacitação
          </a>
        </p>
      )}
      <Filters fields={FIELDS} values={query} onApply={(values) => navigate('/capacitacoes', values)} />
      {loaded.loading && <Loading />}
      {loaded.error !== undefined && <ErrorMessage error={loaded.error} />}
      {loaded.data &&
        byMonth(loaded.data.items).map(([month, events]) => (
          <section key={month} aria-label={month}>
            <h2 className="month">{month}</h2>
            <ul className="events">
              {events.map((e) => (
                <li key={e.id}>
                  <a href={href(`/capacitacoes/${e.id}`)}>{e.title}</a> —{' '}
                  {formatDateTime(e.sessions[0]?.start)} · {label(MODALITY, e.modality)} ·{' '}
                  {label(TRAINING_STATUS, e.status)} · {formatNumber(e.enrolled)}/{formatNumber(e.capacity)}{' '}
                  inscritos
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
