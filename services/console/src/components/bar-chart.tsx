import { formatNumber } from '../format';

export interface Bar {
  label: string;
  value: number;
}

/**
 * Horizontal bars as SVG, hidden from assistive technology, with the same figures as a table
 * (the table is what screen readers and keyboard users read).
 */
export function BarChart({ title, bars, unit = '' }: { title: string; bars: Bar[]; unit?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 24;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 300 ${bars.length * rowHeight}`}
        width="100%"
        height={bars.length * rowHeight}
        preserveAspectRatio="none"
      >
        {bars.map((bar, i) => (
          <rect
            key={bar.label}
            x={0}
            y={i * rowHeight + 4}
            height={rowHeight - 8}
            width={(bar.value / max) * 300}
            className="chart-bar"
          />
        ))}
      </svg>
      <table className="chart-table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Valor</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>
                {formatNumber(bar.value)}
                {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
