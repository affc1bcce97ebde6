import { api } from '../api/client';
import { Deadline } from '../components/countdown';
import { Filters, type FilterField } from '../components/filters';
import { ErrorMessage, Loading } from '../components/status';
import { formatDateTime } from '../format';
import { Institution } from '../institutions';
import { REFERRAL_SERVICE, REFERRAL_STATUS, REFERRAL_URGENCY, label } from '../labels';
import { href, navigate } from '../router';
import { unwrap, useLoad } from '../use-load';
import { OVERDUE_OPTIONS, referralQuery } from './referral-query';
import type { ReferralPage } from './referral-types';

const FIELDS: FilterField[] = [
  { name: 'situacao', label: 'Situação', options: REFERRAL_STATUS },
  { name: 'urgencia', label: 'Urgência', options: REFERRAL_URGENCY },
  { name: 'atraso', label: 'Prazo', options: OVERDUE_OPTIONS },
];

/** Inbox (received) or outbox (sent); a deadline counts down only while an answer is awaited. */
export function ReferralsPage({ box, query }: { box: 'entrada' | 'saida'; query: URLSearchParams }) {
  const loaded = useLoad(async () => {
    const path = box === 'entrada' ? '/v1/referrals/inbox' : '/v1/referrals/outbox';
    const answer = await unwrap(api.GET(path, { params: { query: referralQuery(query) } }));
    return answer as unknown as ReferralPage;
  }, `${box}?${query.toString()}`);
  const title = box === 'entrada' ? 'Encaminhamentos recebidos' : 'Encaminhamentos enviados';
  // Every row of a box has the caller's own institution on one side: the column names the other one.
  const other = box === 'entrada' ? 'Enviado por' : 'Enviado para';
  return (
    <section aria-labelledby="referrals-title">
      <h1 id="referrals-title">{title}</h1>
      <nav aria-label="Caixas de encaminhamentos" className="tabs">
        <a href={href('/encaminhamentos/entrada')} aria-current={box === 'entrada' ? 'page' : undefined}>
          Recebidos
        </a>
        <a href={href('/encaminhamentos/saida')} aria-current={box === 'saida' ? 'page' : undefined}>
          Enviados
        </a>
      </nav>
      <Filters
        fields={FIELDS}
        values={query}
        onApply={(values) => navigate(`/encaminhamentos/${box}`, values)}
      />
      {loaded.loading && <Loading />}
      {loaded.error !== undefined && <ErrorMessage error={loaded.error} />}
      {loaded.data && (
        <div className="table-wrap">
          <table>
            <caption>{loaded.data.items.length} encaminhamento(s)</caption>
            <thead>
              <tr>
                <th scope="col">Serviço</th>
                <th scope="col">{other}</th>
                <th scope="col">Urgência</th>
                <th scope="col">Situação</th>
                <th scope="col">Enviado em</th>
                <th scope="col">Prazo de resposta</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.items.map((r) => (
                <tr key={r.id} className={r.overdue ? 'overdue' : undefined}>
                  <td>
                    <a href={href(`/encaminhamento/${r.id}`)}>{label(REFERRAL_SERVICE, r.service)}</a>
                  </td>
                  <td>
                    <Institution id={box === 'entrada' ? r.senderInstitutionId : r.receiverInstitutionId} />
                  </td>
                  <td>{label(REFERRAL_URGENCY, r.urgency)}</td>
                  <td>{label(REFERRAL_STATUS, r.status)}</td>
                  <td>{formatDateTime(r.sentAt)}</td>
                  <td>{r.status === 'sent' ? <Deadline deadline={r.deadline} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
