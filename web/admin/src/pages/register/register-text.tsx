import type { ReactNode } from 'react';
import { pickText, useLanguage } from './register-format';

/**
 * A multilingual text of the register in the UI language, or in the language it falls back to, marked with its
 * `lang` so a screen reader pronounces it right (WCAG 3.1.2).
 */
export function RegisterText({ value, fallback }: { value: unknown; fallback?: ReactNode }): ReactNode {
  const { lang } = useLanguage();
  const picked = pickText(value, lang);
  if (!picked) {
    return fallback ?? null;
  }
  return picked.lang === lang ? picked.text : <span lang={picked.lang}>{picked.text}</span>;
}

/** A label/value pair in a description list; left out when there is no value. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  if (children === undefined || children === null || children === false || children === '') {
    return null;
  }
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** Items as a compact, comma-separated list (still a list for assistive technology). */
export function InlineList({ items }: { items: readonly ReactNode[] }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <ul className="inline-list">
      {items.map((item, index) => (
        // Items are derived from the register in a fixed order; the index is a stable key here.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
