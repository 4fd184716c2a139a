import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/i18n';

/**
 * NL / FR / EN buttons. Each button's accessible name starts with its visible code (WCAG 2.5.3) followed by the
 * language's own name, marked with its `lang` so a screen reader pronounces it right.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <fieldset className="language-switch" data-testid="language-switch">
      <legend className="visually-hidden">{t('app.languageLabel')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => void changeLanguage(language)}
          data-testid={`language-${language}`}
        >
          {language.toUpperCase()}
          <span className="visually-hidden"> {LANGUAGE_NAMES[language]}</span>
        </button>
      ))}
    </fieldset>
  );
}
