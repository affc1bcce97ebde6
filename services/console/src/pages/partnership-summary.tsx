import { api } from '../api/client';
import { BarChart } from '../components/bar-chart';
import { ErrorMessage, Loading } from '../components/status';
import { formatDay, formatNumber } from '../format';
import { PARTNERSHIP_KIND } from '../labels';
import { href } from '../router';
import { unwrap, useLoad } from '../use-load';

export function PartnershipSummaryPage() {
  const loaded = useLoad(() => unwrap(api.GET('/v1/partnerships/summary')), 'summary');
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  const s = loaded.data;
  return (
    <section aria-labelledby="summary-title">
      <h1 id="summary-title">Resumo das parcerias</h1>
      <p>Situação em {formatDay(s.asOf)}.</p>
      <dl className="figures">
        <div>
          <dt>Acordos</dt>
          <dd>{formatNumber(s.total)}</dd>
        </div>
        <div>
          <dt>Em vigor</dt>
          <dd>{formatNumber(s.inForce)}</dd>
        </div>
        <div>
          <dt>Vencem em 30 dias</dt>
          <dd>
            <a href={href('/parcerias', { expira: '30' })}>{formatNumber(s.expiringWithin30Days)}</a>
          </dd>
        </div>
        <div>
          <dt>Vencem em 90 dias</dt>
          <dd>
            <a href={href('/parcerias', { expira: '90' })}>{formatNumber(s.expiringWithin90Days)}</a>
          </dd>
        </div>
        <div>
          <dt>Compromissos vencidos</dt>
          <dd className={s.overdueCommitments > 0 ? 'warn' : undefined}>
            {formatNumber(s.overdueCommitments)}
          </dd>
        </div>
      </dl>
      <BarChart
        title="Acordos por tipo"
        bars={Object.entries(s.byKind).map(([kind, value]) => ({
          label: PARTNERSHIP_KIND[kind] ?? kind,
          value,
        }))}
      />
    </section>
  );
}
