import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../api/sites.api';
import { embedSnippet } from './consent-format';

/** The tag to put in the website's pages, read-only, with a copy button (selected for Ctrl+C when copying is refused). */
export function SiteSnippet({ site }: { site: Site }) {
  const { t } = useTranslation();
  const id = useId();
  const [copyStatus, setCopyStatus] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const snippet = embedSnippet(window.location.origin, site.siteKey);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus(t('consent.sites.copied'));
    } catch {
      // No clipboard permission (an insecure origin, say): select the snippet so Ctrl+C copies it.
      fieldRef.current?.select();
      setCopyStatus(t('consent.sites.copyManually'));
    }
  };

  return (
    <div className="site-snippet">
      <div className="field">
        <label htmlFor={id}>{t('consent.sites.snippet')}</label>
        <textarea
          id={id}
          ref={fieldRef}
          className="snippet-input"
          readOnly
          rows={2}
          value={snippet}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
          data-testid="site-snippet"
        />
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void copy()}
        aria-label={t('consent.sites.copyLabel', { name: site.name })}
        data-testid="site-copy"
      >
        {t('consent.sites.copy')}
      </button>
      <p role="status" data-testid="site-copy-status">
        {copyStatus}
      </p>
    </div>
  );
}
