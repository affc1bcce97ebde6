import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { ErrorMessage, Success } from '../components/status';
import { unwrap } from '../use-load';
import { field } from '../form';

/** Submitting a progress report on an activity (its lead or partner institutions). */
export function ReportForm({ code, onSubmitted }: { code: string; onSubmitted: () => void }) {
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const evidenceTitle = field(form, 'evidenceTitle');
    const evidenceUrl = field(form, 'evidenceUrl');
    setError(undefined);
    try {
      await unwrap(
        api.POST('/v1/plan/activities/{code}/reports', {
          params: { path: { code } },
          body: {
            period: field(form, 'period'),
            progress: Number(form.get('progress')),
            narrative: field(form, 'narrative'),
            ...(evidenceTitle
              ? { evidence: [{ title: evidenceTitle, ...(evidenceUrl ? { url: evidenceUrl } : {}) }] }
              : {}),
          },
        }),
      );
      setSent(true);
      onSubmitted();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="report-form-title">
      <h2 id="report-form-title">Enviar relatório de progresso</h2>
      <div className="br-input">
        <label htmlFor="period">Período (ex.: 2026-Q1)</label>
        <input id="period" name="period" required pattern="\d{4}-(Q[1-4]|S[12]|\d{2})" />
      </div>
      <div className="br-input">
        <label htmlFor="progress">Progresso (%)</label>
        <input id="progress" name="progress" type="number" min={0} max={100} required />
      </div>
      <div className="br-textarea">
        <label htmlFor="narrative">Descrição do que foi feito</label>
        <textarea id="narrative" name="narrative" required />
      </div>
      <div className="br-input">
        <label htmlFor="evidenceTitle">Evidência (título, opcional)</label>
        <input id="evidenceTitle" name="evidenceTitle" />
      </div>
      <div className="br-input">
        <label htmlFor="evidenceUrl">Endereço da evidência (opcional)</label>
        <input id="evidenceUrl" name="evidenceUrl" type="url" />
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      {sent && <Success>Relatório enviado para decisão da coordenação.</Success>}
      <button className="br-button primary" type="submit">
        Enviar relatório
      </button>
    </form>
  );
}
