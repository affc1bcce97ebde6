import { api } from '../api/client';
import type { operations } from '../api/schema';
import { BarChart } from '../components/bar-chart';
import { ErrorMessage, Loading } from '../components/status';
import { formatDay, formatNumber, formatPercent } from '../format';
import { ACTIVITY_STATUS } from '../labels';
import { href } from '../router';
import { unwrap, useLoad } from '../use-load';

type Dashboard = operations['PlanController_dashboard']['responses'][200]['content']['application/json'];
type Figures = Dashboard['overall'];

function Figures({ figures, axis }: { figures: Figures; axis?: number }) {
  const bars = Object.entries(figures.byStatus).map(([status, value]) => ({
    label: ACTIVITY_STATUS[status] ?? status,
    value: value ?? 0,
  }));
  const axisQuery = axis === undefined ? {} : { eixo: String(axis) };
  return (
    <>
      <dl className="figures">
        <div>
          <dt>Atividades</dt>
          <dd>
            <a href={href('/atividades', axisQuery)}>{formatNumber(figures.activities)}</a>
          </dd>
        </div>
        <div>
          <dt>Progresso médio</dt>
          <dd>{formatPercent(figures.meanProgress)}</dd>
        </div>
        <div>
          <dt>Vencidas</dt>
          <dd className={figures.overdue > 0 ? 'warn' : undefined}>{formatNumber(figures.overdue)}</dd>
        </div>
        <div>
          <dt>Atrasadas</dt>
          <dd className={figures.late > 0 ? 'warn' : undefined}>{formatNumber(figures.late)}</dd>
        </div>
        <div>
          <dt>Relatórios aguardando decisão</dt>
          <dd>{formatNumber(figures.reportsPending)}</dd>
        </div>
      </dl>
      <BarChart title="Atividades por situação" bars={bars} />
    </>
  );
}

export function DashboardPage() {
  const loaded = useLoad(() => unwrap(api.GET('/v1/plan/dashboard')), 'dashboard');
  if (loaded.loading && !loaded.data) return <Loading />;
  if (!loaded.data) return <ErrorMessage error={loaded.error} />;
  const dashboard = loaded.data;
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">Painel do Plano Nacional</h1>
      <p>Situação em {formatDay(dashboard.asOf)}.</p>
      <h2>Visão geral</h2>
      <Figures figures={dashboard.overall} />
      {dashboard.axes.map((axis) => (
        <section key={axis.axis} aria-labelledby={`axis-${axis.axis}`} className="axis">
          <h2 id={`axis-${axis.axis}`}>
            Eixo {axis.axis} — {axis.title}
          </h2>
          <div className="br-progress" aria-hidden="true">
            <div className="progress-bar" style={{ width: `${axis.meanProgress}%` }} />
          </div>
          <Figures figures={axis} axis={axis.axis} />
        </section>
      ))}
    </section>
  );
}
