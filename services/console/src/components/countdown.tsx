import { useEffect, useState } from 'react';
import { countdown, formatDateTime } from '../format';

/** A deadline counting down; past it, marked overdue. Refreshes every 30 s. */
export function Deadline({ deadline, now }: { deadline: string; now?: Date }) {
  const [tick, setTick] = useState(() => now ?? new Date());
  useEffect(() => {
    if (now) return;
    const timer = window.setInterval(() => setTick(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, [now]);
  const left = countdown(deadline, now ?? tick);
  return (
    <span className={left.overdue ? 'deadline overdue' : 'deadline'}>
      <time dateTime={deadline}>{formatDateTime(deadline)}</time>{' '}
      <strong>{left.overdue ? `Vencido: ${left.text}` : left.text}</strong>
    </span>
  );
}
