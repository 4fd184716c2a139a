import { useTranslation } from 'react-i18next';
import { publicUrls, STATEMENT_LANGS, type StatementPublication } from '../../api/statements.api';
import { LANGUAGE_NAMES } from '../../i18n/i18n';

/**
 * The public addresses of a publication, per language: the privacy and cookie statement of exactly this version
 * and, when `current`, the stable address of the statement in force. Plain links: the public pages are served by
 * the server, outside the admin app.
 */
export function PublicLinks({ publication, current }: { publication: StatementPublication; current?: boolean }) {
  const { t } = useTranslation();
  const n = publication.number;
  return (
    <ul className="plain-list public-links" data-testid="public-links">
      {STATEMENT_LANGS.map((lang) => (
        <li key={lang}>
          <span lang={lang}>{LANGUAGE_NAMES[lang]}</span>
          {': '}
          {current ? (
            <>
              <a href={publicUrls.current('privacy', lang)} data-testid={`public-current-${lang}`}>
                {publicUrls.current('privacy', lang)}
              </a>
              {' · '}
            </>
          ) : null}
          <a href={publicUrls.version('privacy', n, lang)} data-testid={`public-version-${n}-${lang}`}>
            {t('statements.links.privacyVersion', { number: n })}
          </a>
          {' · '}
          <a href={publicUrls.version('cookies', n, lang)}>{t('statements.links.cookiesVersion', { number: n })}</a>
          {n > 1 ? (
            <>
              {' · '}
              <a href={publicUrls.changes(n - 1, n, lang)}>{t('statements.links.changes')}</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
