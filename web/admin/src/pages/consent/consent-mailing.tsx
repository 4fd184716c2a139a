import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type Mailing, sendMailing } from '../../api/consent.api';
import { useSubmission } from '../../api/use-submission';
import { FormField, focusFirstError, TextAreaField } from '../../components/form-field';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../register/register-format';
import { ConsentFormSection, ConsentPurposeSelect } from './consent-form-parts';
import { type PurposeName, purposeLabelOf } from './consent-purposes';

type MailingLanguage = NonNullable<Mailing['language']>;
const LANGUAGES: readonly MailingLanguage[] = ['nl', 'fr', 'en'];
const SUBJECT_MAX = 200;

/**
 * Sends a mailing (owners and privacy officers): one mail to every person whose consent for the chosen purpose
 * counts at the moment of sending, each with its own one-click unsubscribe and preference link, which the server
 * adds. Sending asks for an explicit confirmation first: a mailing cannot be called back.
 */
export function ConsentMailing({ purposes, isLoading }: { purposes: PurposeName[]; isLoading: boolean }) {
  const { t } = useTranslation();
  const { lang, locale } = useLanguage();
  const consentPurposes = purposes.filter((p) => p.isConsent);
  const [purpose, setPurpose] = useState('');
  const [language, setLanguage] = useState<MailingLanguage | ''>('');
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [isConfirmed, setIsConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ subject?: string; text?: string; confirm?: string }>({});
  const [sent, setSent] = useState<{ recipients: number; purpose: string }>();
  const { isSubmitting, failure, submit: send, clearFailure } = useSubmission();
  const subjectRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const chosen = purpose || consentPurposes[0]?.id || '';
  const nameOf = (id: string) => purposeLabelOf(purposes, id, lang);
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clearFailure();
    const next = {
      ...(subject.trim() ? {} : { subject: t('consent.mailing.subjectMissing') }),
      ...(text.trim() ? {} : { text: t('consent.mailing.textMissing') }),
      ...(isConfirmed ? {} : { confirm: t('consent.mailing.confirmMissing') }),
    };
    setErrors(next);
    if (
      focusFirstError([
        [subjectRef.current, next.subject],
        [textRef.current, next.text],
        [confirmRef.current, next.confirm],
      ])
    ) {
      return;
    }
    await send(async () => {
      const result = await sendMailing({
        purpose: chosen,
        subject: subject.trim(),
        text,
        ...(language ? { language } : {}),
      });
      setSent({ recipients: result.recipients, purpose: chosen });
      setSubject('');
      setText('');
      setIsConfirmed(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    });
  };

  return (
    <ConsentFormSection
      name="mailing"
      title={t('consent.mailing.title')}
      emptyText={t('consent.mailing.noPurposes')}
      isEmpty={!isLoading && consentPurposes.length === 0}
    >
      <p>{t('consent.mailing.intro')}</p>
      {sent ? (
        <div className="notice notice-ok" ref={resultRef} tabIndex={-1} data-testid="consent-mailing-result">
          <p className="notice-title">
            {sent.recipients === 0
              ? t('consent.mailing.sentToNobody', { purpose: nameOf(sent.purpose) })
              : t('consent.mailing.sent', { count: sent.recipients, purpose: nameOf(sent.purpose) })}
          </p>
          {sent.recipients > 0 ? (
            <p>
              <Link href="~/admin/mail" data-testid="consent-mailing-log">
                {t('consent.mailing.toMailLog')}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {failure ? <ProblemAlert error={failure} /> : null}
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <ConsentPurposeSelect
            id="mailing-purpose"
            label={t('consent.mailing.purpose')}
            purposes={consentPurposes}
            value={chosen}
            onChange={setPurpose}
            testId="mailing-purpose"
          />
          <div className="field">
            <label htmlFor="mailing-language">{t('consent.mailing.language')}</label>
            <select
              id="mailing-language"
              value={language}
              onChange={(event) => setLanguage(event.target.value as MailingLanguage | '')}
              data-testid="mailing-language"
            >
              <option value="">{t('consent.mailing.allLanguages')}</option>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t('consent.mailing.onlyLanguage', { language: languageName(code) })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <FormField
          id="mailing-subject"
          label={t('consent.mailing.subject')}
          value={subject}
          onChange={(value) => setSubject(value.slice(0, SUBJECT_MAX))}
          error={errors.subject}
          inputRef={subjectRef}
          testId="mailing-subject"
        />
        <TextAreaField
          id="mailing-text"
          label={t('consent.mailing.text')}
          hint={t('consent.mailing.textHint')}
          value={text}
          onChange={setText}
          error={errors.text}
          rows={10}
          maxLength={100_000}
          textareaRef={textRef}
          testId="mailing-text"
        />
        <div className="field">
          <label>
            <input
              type="checkbox"
              ref={confirmRef}
              checked={isConfirmed}
              onChange={(event) => setIsConfirmed(event.target.checked)}
              aria-invalid={errors.confirm ? true : undefined}
              aria-describedby={errors.confirm ? 'mailing-confirm-error' : undefined}
              data-testid="mailing-confirm"
            />{' '}
            {t('consent.mailing.confirm', { purpose: nameOf(chosen) })}
          </label>
          {errors.confirm ? (
            <p id="mailing-confirm-error" className="field-error" data-testid="mailing-confirm-error">
              {errors.confirm}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={isSubmitting} data-testid="mailing-submit">
          {t('consent.mailing.submit')}
        </button>
      </form>
    </ConsentFormSection>
  );
}
