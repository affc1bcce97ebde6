import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/status';
import { formatDateTime, formatDay } from '../format';
import { Institution } from '../institutions';
import { PARTNERSHIP_KIND, PARTNERSHIP_SECTOR, PARTNERSHIP_STATUS, PARTY_ROLE, label } from '../labels';
import { unwrap, useLoad } from '../use-load';

export function PartnershipPage({ id }: { id: string }) {
  const loaded = useLoad(() => unwrap(api.GET('/v1/partnerships/{id}', { params: { path: { id } } })), id);
  const history = useLoad(
    () => unwrap(api.GET('/v1/partnerships/{id}/history', { params: { path: { id } } })),
    id,
  );
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  const p = loaded.data;
  return (
    <section aria-labelledby="partnership-title">
      <h1 id="partnership-title">{p.title}</h1>
      <p>{p.objective}</p>
      <dl className="details">
        <dt>Tipo</dt>
        <dd>{label(PARTNERSHIP_KIND, p.kind)}</dd>
        <dt>Setor</dt>
        <dd>{label(PARTNERSHIP_SECTOR, p.sector)}</dd>
        <dt>Situação</dt>
        <dd>{label(PARTNERSHIP_STATUS, p.status)}</dd>
        <dt>NUP</dt>
        <dd>{p.nup ?? '—'}</dd>
        <dt>Assinatura</dt>
        <dd>{formatDay(p.signedAt)}</dd>
        <dt>Vigência</dt>
        <dd>
          {formatDay(p.effectiveFrom)} a {formatDay(p.effectiveUntil)}
        </dd>
        <dt>Países</dt>
        <dd>{p.countries.join(', ') || '—'}</dd>
      </dl>
      <h2>Partes</h2>
      <ul>
        {p.parties.map((party) => (
          <li key={party.institutionId + party.role}>
            <Institution id={party.institutionId} /> ({label(PARTY_ROLE, party.role)})
          </li>
        ))}
      </ul>
      <h2>Compromissos</h2>
      {p.commitments.length === 0 ? (
        <p>Nenhum compromisso.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Compromisso</th>
                <th scope="col">Responsável</th>
                <th scope="col">Prazo</th>
                <th scope="col">Situação</th>
              </tr>
            </thead>
            <tbody>
              {p.commitments.map((c) => (
                <tr key={c.id}>
                  <td>{c.description}</td>
                  <td>
                    <Institution id={c.responsibleInstitutionId} />
                  </td>
                  <td>{formatDay(c.dueDate)}</td>
                  <td>{c.completedAt ? `Cumprido em ${formatDay(c.completedAt)}` : 'Pendente'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Documentos</h2>
      <ul>
        {p.documents.map((d) => (
          <li key={d.sha256}>
            <a href={d.url}>{d.title}</a> ({formatDay(d.date)})
          </li>
        ))}
      </ul>
      <h2>Histórico</h2>
      {history.data && (
        <ol>
          {history.data.items.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.at)} — {h.type}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
