import type { ReactNode } from "react";

export interface ChartRow {
  label: string;
  values: Record<string, number>;
}

/**
 * A chart with a title, an empty state, and the same data as a visually hidden table for screen readers
 * (an SVG chart says nothing to them).
 */
export function ChartFigure({ title, testId, rows, columns, children }: { title: string; testId: string; rows: ChartRow[]; columns: Record<string, string>; children: ReactNode }) {
  const nonEmpty = rows.some((r) => Object.values(r.values).some((v) => v > 0));
  return (
    <figure className="panel flex flex-col p-4" data-testid={testId} data-points={rows.length} data-empty={!nonEmpty}>
      <figcaption className="panel-title mb-3">{title}</figcaption>
      <div className="h-64" aria-hidden="true">
        {nonEmpty ? children : <p className="flex h-full items-center justify-center text-sm text-slate-700">No data in this period.</p>}
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            {Object.values(columns).map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {Object.keys(columns).map((k) => (
                <td key={k}>{r.values[k] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
