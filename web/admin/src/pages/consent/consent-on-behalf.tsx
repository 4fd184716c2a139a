import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type ConsentEvent, type OnBehalfConsent, recordConsentOnBehalf } from '../../api/consent.api';
import { useSubmission } from '../../api/use-submission';
import { FormField, focusFirstError, TextAreaField } from '../../components/form-field';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../register/register-format';
import { ConsentFormSection, ConsentPurposeSelect } from './consent-form-parts';
import { type PurposeName, purposeLabelOf } from './consent-purposes';
import { EventState } from './event-state';

const LANGUAGES: readonly OnBehalfConsent['language'][] = ['nl', 'fr', 'en', 'de'];
const NOTE_MAX = 500;

/**
 * Records a consent a person expressed outside the website — in a letter, on the phone, at the counter — for
 * privacy officers and owners. The event is marked as recorded on their behalf, by this account (Art. 7(1): the
 * controller must be able to show how consent was given).
 */
export function ConsentOnBehalf({ purposes, isLoading }: { purposes: PurposeName[]; isLoading: boolean }) {
  const { t } = useTranslation();
  const { lang, locale } = useLanguage();
  const consentPurposes = purposes.filter((p) => p.isConsent);
  const [email, setEmail] = useState('');
  const [purpose, setPurpose] = useState('');
  const [given, setGiven] = useState(true);
  const [language, setLanguage] = useState<OnBehalfConsent['language']>(lang);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ email?: string; purpose?: string }>({});
  const [recorded, setRecorded] = useState<{ event: ConsentEvent; email: string }>();
  const { isSubmitting, failure, submit: send, clearFailure } = useSubmission();
  const emailRef = useRef<HTMLInputElement>(null);
  const purposeRef = useRef<HTMLSelectElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const chosen = purpose || consentPurposes[0]?.id || '';
  const nameOf = (id: string) => purposeLabelOf(purposes, id, lang);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clearFailure();
    const next = {
      ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? {} : { email: t('consent.onBehalf.emailInvalid') }),
      ...(chosen ? {} : { purpose: t('consent.onBehalf.purposeMissing') }),
    };
    setErrors(next);
    if (
      focusFirstError([
        [emailRef.current, next.email],
        [purposeRef.current, next.purpose],
      ])
    ) {
      return;
    }
    await send(async () => {
      const stored = await recordConsentOnBehalf({
        email: email.trim(),
        purpose: chosen,
        given,
        language,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setRecorded({ event: stored, email: email.trim() });
      setEmail('');
      setNote('');
      requestAnimationFrame(() => resultRef.current?.focus());
    });
  };

  return (
    <ConsentFormSection
      name="on-behalf"
      title={t('consent.onBehalf.title')}
      emptyText={t('consent.onBehalf.noPurposes')}
      isEmpty={!isLoading && consentPurposes.length === 0}
    >
      <p>{t('consent.onBehalf.intro')}</p>
      {recorded ? (
        <div className="notice notice-ok" ref={resultRef} tabIndex={-1} data-testid="consent-on-behalf-result">
          <p className="notice-title">
            {t('consent.onBehalf.recorded', {
              email: recorded.email,
              purpose: nameOf(recorded.event.purposeId),
              at: formatDateTime(recorded.event.at, locale),
            })}
          </p>
          <p>
            <EventState state={recorded.event.event} />{' '}
            <Link href={`/records/${recorded.event.recordId}`} data-testid="consent-on-behalf-record">
              {t('consent.onBehalf.viewRecord')}
            </Link>
          </p>
        </div>
      ) : null}
      {failure ? <ProblemAlert error={failure} /> : null}
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <FormField
            id="on-behalf-email"
            label={t('consent.onBehalf.email')}
            hint={t('consent.onBehalf.emailHint')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={setEmail}
            error={errors.email}
            inputRef={emailRef}
            testId="on-behalf-email"
          />
          <ConsentPurposeSelect
            id="on-behalf-purpose"
            label={t('consent.onBehalf.purpose')}
            purposes={consentPurposes}
            value={chosen}
            onChange={setPurpose}
            error={errors.purpose}
            selectRef={purposeRef}
            testId="on-behalf-purpose"
          />
          <div className="field">
            <label htmlFor="on-behalf-language">{t('consent.onBehalf.language')}</label>
            <select
              id="on-behalf-language"
              value={language}
              onChange={(event) => setLanguage(event.target.value as OnBehalfConsent['language'])}
              data-testid="on-behalf-language"
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="choice-group" data-testid="on-behalf-given">
          <legend>{t('consent.onBehalf.choice')}</legend>
          <label>
            <input type="radio" name="on-behalf-given" checked={given} onChange={() => setGiven(true)} />{' '}
            {t('consent.onBehalf.given')}
          </label>
          <label>
            <input
              type="radio"
              name="on-behalf-given"
              checked={!given}
              onChange={() => setGiven(false)}
              data-testid="on-behalf-withdrawn"
            />{' '}
            {t('consent.onBehalf.withdrawn')}
          </label>
        </fieldset>
        <TextAreaField
          id="on-behalf-note"
          label={t('consent.onBehalf.note')}
          hint={t('consent.onBehalf.noteHint', { max: NOTE_MAX })}
          value={note}
          onChange={setNote}
          rows={3}
          maxLength={NOTE_MAX}
          testId="on-behalf-note"
        />
        <button type="submit" className="button" disabled={isSubmitting} data-testid="on-behalf-submit">
          {t('consent.onBehalf.submit')}
        </button>
      </form>
    </ConsentFormSection>
  );
}
