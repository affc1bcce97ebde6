import { api } from '../api/client';
import { Filters, type FilterField } from '../components/filters';
import { ErrorMessage, Loading } from '../components/status';
import { formatDay } from '../format';
import { PARTNERSHIP_KIND, PARTNERSHIP_SECTOR, PARTNERSHIP_STATUS, label } from '../labels';
import { href, navigate } from '../router';
import { unwrap, useLoad } from '../use-load';
import { EXPIRING_OPTIONS, partnershipQuery } from './partnership-query';

const FIELDS: FilterField[] = [
  { name: 'tipo', label: 'Tipo', options: PARTNERSHIP_KIND },
  { name: 'setor', label: 'Setor', options: PARTNERSHIP_SECTOR },
  { name: 'situacao', label: 'Situação', options: PARTNERSHIP_STATUS },
  { name: 'pais', label: 'País (código ISO, ex.: PY)' },
  { name: 'expira', label: 'Vencimento', options: EXPIRING_OPTIONS },
  { name: 'texto', label: 'Texto ou NUP' },
];

export function PartnershipsPage({ query }: { query: URLSearchParams }) {
  const loaded = useLoad(
    () => unwrap(api.GET('/v1/partnerships', { params: { query: partnershipQuery(query) } })),
    query.toString(),
  );
  return (
    <section aria-labelledby="partnerships-title">
      <h1 id="partnerships-title">Acordos de parceria</h1>
      <p>
        <a href={href('/parcerias/resumo')}>Resumo para a coordenação</a>
      </p>
      <Filters fields={FIELDS} values={query} onApply={(values) => navigate('/parcerias', values)} />
      {loaded.loading && <Loading />}
      {loaded.error !== undefined && <ErrorMessage error={loaded.error} />}
      {loaded.data && (
        <div className="table-wrap">
          <table>
            <caption>{loaded.data.items.length} acordo(s)</caption>
            <thead>
              <tr>
                <th scope="col">Título</th>
                <th scope="col">Tipo</th>
                <th scope="col">Situação</th>
                <th scope="col">Países</th>
                <th scope="col">Vigência até</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a href={href(`/parcerias/${p.id}`)}>{p.title}</a>
                  </td>
                  <td>{label(PARTNERSHIP_KIND, p.kind)}</td>
                  <td>{label(PARTNERSHIP_STATUS, p.status)}</td>
                  <td>{p.countries.join(', ') || '—'}</td>
                  <td>{formatDay(p.effectiveUntil)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
