import type { ReactNode } from 'react';

/** One fact on a status card: a label and its value. */
export interface StatusItem {
  label: string;
  value: ReactNode;
  /** `data-testid` of the value, for tests. */
  testId: string;
  tone?: 'ok' | 'bad';
}

/** A titled card of label/value pairs (a description list, so screen readers announce them as pairs). */
export function StatusCard({ title, items, testId }: { title: string; items: readonly StatusItem[]; testId: string }) {
  const headingId = `${testId}-heading`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      <dl className="facts">
        {items.map((item) => (
          <div className="fact" key={item.testId}>
            <dt>{item.label}</dt>
            <dd data-testid={item.testId} className={item.tone ? `tone-${item.tone}` : undefined}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
