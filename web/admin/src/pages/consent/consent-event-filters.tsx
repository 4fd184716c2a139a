import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentFilters } from '../../api/consent.api';
import type { Site } from '../../api/sites.api';
import { FormField } from '../../components/form-field';
import { useLanguage } from '../register/register-format';
import { dayBoundary } from './consent-format';
import { type PurposeName, purposeLabel } from './consent-purposes';
import { SiteSelect } from './site-select';

/** The search form of the consent ledger; `onSearch` gets only the filters that are filled in. */
export function ConsentEventFilters({
  purposes,
  sites,
  onSearch,
}: {
  purposes: PurposeName[];
  sites: Site[] | undefined;
  onSearch: (filters: ConsentFilters) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const [subject, setSubject] = useState('');
  const [purpose, setPurpose] = useState('');
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const consentPurposes = purposes.filter((p) => p.isConsent);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromAt = dayBoundary(from, false);
    const toAt = dayBoundary(to, true);
    onSearch({
      ...(subject.trim() ? { subject: subject.trim() } : {}),
      ...(purpose ? { purpose } : {}),
      ...(site ? { site } : {}),
      ...(fromAt ? { from: fromAt } : {}),
      ...(toAt ? { to: toAt } : {}),
    });
  };

  const reset = () => {
    setSubject('');
    setPurpose('');
    setSite('');
    setFrom('');
    setTo('');
    onSearch({});
  };

  return (
    <form onSubmit={submit} aria-labelledby="consent-search-heading" data-testid="consent-filters">
      <h2 id="consent-search-heading">{t('consent.search.title')}</h2>
      <div className="form-row">
        <FormField
          id="consent-subject"
          label={t('consent.search.subject')}
          hint={t('consent.search.subjectHint')}
          value={subject}
          onChange={setSubject}
          testId="consent-subject"
        />
        <div className="field">
          <label htmlFor="consent-purpose">{t('consent.search.purpose')}</label>
          <select
            id="consent-purpose"
            value={purpose}
            onChange={(event) => setPurpose(event.target.value)}
            data-testid="consent-purpose"
          >
            <option value="">{t('consent.search.anyPurpose')}</option>
            {consentPurposes.map((p) => (
              <option key={p.id} value={p.id}>
                {/* An option holds text only: the name in the UI language or its fallback. */}
                {purposeLabel(p, lang)}
              </option>
            ))}
          </select>
        </div>
        {sites && sites.length > 0 ? (
          <SiteSelect
            id="consent-site"
            label={t('consent.search.site')}
            sites={sites}
            value={site}
            onChange={setSite}
          />
        ) : null}
        <div className="field">
          <label htmlFor="consent-from">{t('consent.search.from')}</label>
          <input
            id="consent-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            data-testid="consent-from"
          />
        </div>
        <div className="field">
          <label htmlFor="consent-to">{t('consent.search.to')}</label>
          <input
            id="consent-to"
            type="date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            data-testid="consent-to"
          />
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button" data-testid="consent-search">
          {t('consent.search.search')}
        </button>
        <button type="button" className="button button-secondary" onClick={reset} data-testid="consent-reset">
          {t('consent.search.reset')}
        </button>
      </div>
    </form>
  );
}
