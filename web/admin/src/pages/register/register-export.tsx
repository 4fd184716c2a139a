import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, exportUrl } from '../../api/register.api';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/i18n';
import { useLanguage } from './register-format';

/** Download links for every export of the active register, with labels in the chosen language. */
export function RegisterExport({ version }: { version: number }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const [exportLang, setExportLang] = useState<Language>(lang);
  return (
    <section className="register-section" aria-labelledby="export-heading" data-testid="register-export">
      <h2 id="export-heading">{t('register.export.heading')}</h2>
      <p>{t('register.export.intro', { version })}</p>
      <div className="field">
        <label htmlFor="export-lang">{t('register.export.language')}</label>
        <select
          id="export-lang"
          value={exportLang}
          onChange={(event) => {
            if (isLanguage(event.target.value)) {
              setExportLang(event.target.value);
            }
          }}
          data-testid="export-lang"
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <ul className="export-list">
        {EXPORT_FORMATS.map((format) => (
          <li key={format} className="card export-item">
            <a href={exportUrl(format, exportLang)} download data-testid={`export-${format}`}>
              {t(`register.export.formats.${format}.name`)}
            </a>
            <p className="muted">{t(`register.export.formats.${format}.description`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
