import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page's one `<h1>`, which also sets the document title. The layout moves focus here after a navigation,
 * hence the `tabIndex={-1}` and the fixed id.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  return (
    <div className="page-heading">
      <h1 id="page-heading" tabIndex={-1} data-testid="page-heading">
        {title}
      </h1>
      {children}
    </div>
  );
}
