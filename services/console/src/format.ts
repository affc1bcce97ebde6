// pt-BR presentation of dates, numbers and deadlines. Dates from the API are ISO strings; a plain
// day ('2026-03-01') is a calendar date, shown without shifting it into the browser's time zone.
const LOCALE = 'pt-BR';

const dayFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

export function formatDay(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? '—' : dayFormat.format(date);
}

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateTimeFormat.format(date);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Progress is 0–100 in the API. */
export function formatPercent(progress: number): string {
  return percentFormat.format(progress / 100);
}

export interface Countdown {
  overdue: boolean;
  /** Whole minutes between now and the deadline, always ≥ 0. */
  minutes: number;
  text: string;
}

function span(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/** "faltam 3 h 20 min" before the deadline, "atrasado há 2 h" after it. */
export function countdown(deadline: string, now: Date): Countdown {
  const diff = new Date(deadline).getTime() - now.getTime();
  const minutes = Math.floor(Math.abs(diff) / 60_000);
  if (diff < 0) return { overdue: true, minutes, text: `atrasado há ${span(minutes)}` };
  return { overdue: false, minutes, text: `faltam ${span(minutes)}` };
}
