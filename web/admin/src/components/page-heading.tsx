import { type ReactNode, useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

let isFocusPending = false;

/**
 * Moves focus to the page's heading after a navigation. A page whose code is still being fetched has no heading
 * yet (React may keep the previous page in the DOM, hidden, while it shows the loading line, and a hidden heading
 * does not take focus): the next heading to mount takes the focus instead.
 */
export function focusPageHeading(): void {
  const heading = document.getElementById('page-heading');
  heading?.focus();
  isFocusPending = heading === null || document.activeElement !== heading;
}

/**
 * A page's one `<h1>`, which also sets the document title. The layout moves focus here after a navigation
 * (`focusPageHeading`), hence the `tabIndex={-1}` and the fixed id.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  // Before paint, so the heading is focused the moment it shows.
  useLayoutEffect(() => {
    if (isFocusPending) {
      isFocusPending = false;
      document.getElementById('page-heading')?.focus();
    }
  }, []);
  return (
    <div className="page-heading">
      <h1 id="page-heading" tabIndex={-1} data-testid="page-heading">
        {title}
      </h1>
      {children}
    </div>
  );
}
