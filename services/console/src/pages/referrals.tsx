import { api } from '../api/client';
import { Deadline } from '../components/countdown';
import { ErrorMessage, Loading } from '../components/status';
import { formatDateTime } from '../format';
import { REFERRAL_SERVICE, REFERRAL_STATUS, REFERRAL_URGENCY, label } from '../labels';
import { href } from '../router';
import { unwrap, useLoad } from '../use-load';
import type { ReferralPage } from './referral-types';

/** Inbox (received) or outbox (sent); a deadline counts down only while an answer is awaited. */
export function ReferralsPage({ box }: { box: 'entrada' | 'saida' }) {
  const loaded = useLoad(async () => {
    const path = box === 'entrada' ? '/v1/referrals/inbox' : '/v1/referrals/outbox';
    return (await unwrap(api.GET(path, { params: { query: { limit: 100 } } }))) as unknown as ReferralPage;
  }, box);
  const title = box === 'entrada' ? 'Encaminhamentos recebidos' : 'Encaminhamentos enviados';
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
      {loaded.loading && <Loading />}
      {loaded.error !== undefined && <ErrorMessage error={loaded.error} />}
      {loaded.data && (
        <div className="table-wrap">
          <table>
            <caption>{loaded.data.items.length} encaminhamento(s)</caption>
            <thead>
              <tr>
                <th scope="col">Serviço</th>
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
