import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The new key, once: read-only, with a copy button and the warning that it will not be shown again. */
export function ApiKeyShown({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copyStatus, setCopyStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    boxRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopyStatus(t('apiKeys.copied'));
    } catch {
      // No clipboard permission (an insecure origin, say): select the key so Ctrl+C copies it.
      inputRef.current?.select();
      setCopyStatus(t('apiKeys.copyManually'));
    }
  };

  return (
    <div className="notice" ref={boxRef} tabIndex={-1} data-testid="api-key-created">
      <p className="notice-title">{t('apiKeys.created', { name })}</p>
      <p className="warning-text" data-testid="api-key-once">
        {t('apiKeys.onceWarning')}
      </p>
      <div className="field">
        <label htmlFor="api-key-value">{t('apiKeys.keyLabel')}</label>
        <input
          id="api-key-value"
          ref={inputRef}
          className="secret-input"
          readOnly
          value={apiKey}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
          data-testid="api-key-value"
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void copy()}
          data-testid="api-key-copy"
        >
          {t('apiKeys.copy')}
        </button>
        <button type="button" className="button" onClick={onDone} data-testid="api-key-done">
          {t('apiKeys.done')}
        </button>
      </div>
      <p role="status" data-testid="api-key-copy-status">
        {copyStatus}
      </p>
    </div>
  );
}
