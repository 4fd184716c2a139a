import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_OUTCOMES, type AuditFilters, type AuditOutcome } from '../../api/audit.api';
import { FormField } from '../../components/form-field';

/** A day (`2026-11-21`, from a date input) as the ISO instant of its start or end in the browser's time zone. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return undefined;
  }
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The search form of the audit log; `onSearch` gets only the filters that are filled in. */
export function AuditFiltersForm({ onSearch }: { onSearch: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [outcome, setOutcome] = useState<AuditOutcome | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromAt = dayBoundary(from, false);
    const toAt = dayBoundary(to, true);
    onSearch({
      ...(action.trim() ? { action: action.trim() } : {}),
      ...(actor.trim() ? { actor: actor.trim() } : {}),
      ...(outcome ? { outcome } : {}),
      ...(fromAt ? { from: fromAt } : {}),
      ...(toAt ? { to: toAt } : {}),
    });
  };

  const reset = () => {
    setAction('');
    setActor('');
    setOutcome('');
    setFrom('');
    setTo('');
    onSearch({});
  };

  return (
    <form onSubmit={submit} aria-labelledby="audit-search-heading" data-testid="audit-filters">
      <h2 id="audit-search-heading">{t('audit.searchTitle')}</h2>
      <div className="form-row">
        <FormField
          id="audit-action"
          label={t('audit.action')}
          hint={t('audit.actionHint')}
          value={action}
          onChange={setAction}
          testId="audit-action"
        />
        <FormField
          id="audit-actor"
          label={t('audit.actor')}
          hint={t('audit.actorHint')}
          value={actor}
          onChange={setActor}
          testId="audit-actor"
        />
        <div className="field">
          <label htmlFor="audit-outcome">{t('audit.outcome')}</label>
          <select
            id="audit-outcome"
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as AuditOutcome | '')}
            data-testid="audit-outcome"
          >
            <option value="">{t('audit.anyOutcome')}</option>
            {AUDIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`audit.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('audit.from')}</label>
          <input
            id="audit-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            data-testid="audit-from"
          />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('audit.to')}</label>
          <input id="audit-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="audit-to" />
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button" data-testid="audit-search">
          {t('audit.search')}
        </button>
        <button type="button" className="button button-secondary" onClick={reset} data-testid="audit-reset">
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
