import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterVersion } from '../../api/register.api';
import {
  fetchStatementPreview,
  STATEMENT_KINDS,
  STATEMENT_LANGS,
  type StatementKind,
  type StatementLang,
} from '../../api/statements.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { LANGUAGE_NAMES } from '../../i18n/i18n';
import { RegisterSummary } from './register-summary';
import { ServerStatementHtml } from './server-statement-html';

/** The statement the active register would publish, per language and kind, beside what it is made of. */
export function StatementPreview({ register }: { register: RegisterVersion }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<StatementLang>('nl');
  const [kind, setKind] = useState<StatementKind>('privacy');
  // Reload when the active register changes (after an edit elsewhere), the language or the kind.
  const preview = useResource((signal) => fetchStatementPreview(lang, kind, signal), [lang, kind, register.version]);

  return (
    <section className="statement-section" aria-labelledby="statement-preview-heading" data-testid="statement-preview">
      <h2 id="statement-preview-heading">{t('statements.preview.heading')}</h2>
      <p className="muted">{t('statements.preview.intro')}</p>
      <div className="toggle-row">
        <fieldset className="toggle-group">
          <legend>{t('statements.preview.kind')}</legend>
          {STATEMENT_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={k === kind}
              onClick={() => setKind(k)}
              data-testid={`preview-kind-${k}`}
            >
              {t(`statements.kinds.${k}`)}
            </button>
          ))}
        </fieldset>
        <fieldset className="toggle-group">
          <legend>{t('statements.preview.language')}</legend>
          {STATEMENT_LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={l === lang}
              onClick={() => setLang(l)}
              data-testid={`preview-lang-${l}`}
            >
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </fieldset>
      </div>
      <div className="statement-review">
        {/* Scrolls on its own: focusable, so keyboard users can scroll it too. */}
        <section
          className="card statement-preview-frame"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
          tabIndex={0}
          aria-label={t('statements.preview.region', { language: LANGUAGE_NAMES[lang] })}
          aria-busy={preview.isLoading}
        >
          {preview.error ? <ProblemAlert error={preview.error} isStale={preview.data !== undefined} /> : null}
          {preview.data === undefined ? (
            preview.error ? null : (
              <p className="loading" role="status">
                {t('statements.preview.loading')}
              </p>
            )
          ) : preview.data === null ? (
            <p className="muted">{t('statements.noRegister')}</p>
          ) : (
            <ServerStatementHtml html={preview.data} testId="preview-html" />
          )}
        </section>
        <RegisterSummary version={register} />
      </div>
    </section>
  );
}
