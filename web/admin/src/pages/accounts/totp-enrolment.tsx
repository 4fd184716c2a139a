import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmTotp, type Me, setUpTotp } from '../../api/auth.api';
import { type ApiError, asApiError, isApiError } from '../../api/client';
import { FormField } from '../../components/form-field';
import { ProblemAlert } from '../../components/problem-alert';
import { groupSecret } from './totp-format';

type Stage = { kind: 'idle' } | { kind: 'setup'; secret: string; uri: string } | { kind: 'codes'; codes: string[] };

/**
 * Two-factor enrolment: a new secret (in groups of 4, and the otpauth URI to copy; no QR code, which would need a
 * library), confirmed with a first code; then the 10 recovery codes, shown once, until the person says they saved
 * them.
 */
export function TotpEnrolment({ me, onEnrolled }: { me: Me; onEnrolled: () => void }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const [failure, setFailure] = useState<ApiError>();
  const [hasSaved, setHasSaved] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const codesRef = useRef<HTMLHeadingElement>(null);

  const fail = (cause: unknown) => setFailure(asApiError(cause));

  const start = async () => {
    setFailure(undefined);
    try {
      const { secret, uri } = await setUpTotp();
      setStage({ kind: 'setup', secret, uri });
      requestAnimationFrame(() => codeRef.current?.focus());
    } catch (cause) {
      fail(cause);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('account.totp.codeInvalid'));
      codeRef.current?.focus();
      return;
    }
    setCodeError(undefined);
    try {
      const codes = await confirmTotp(code.trim());
      setStage({ kind: 'codes', codes });
      requestAnimationFrame(() => codesRef.current?.focus());
    } catch (cause) {
      if (isApiError(cause) && cause.kind === 'problem' && cause.status === 400) {
        setCodeError(t('account.totp.codeWrong'));
        codeRef.current?.focus();
      } else {
        fail(cause);
      }
    }
  };

  if (me.user === null) {
    return null;
  }
  return (
    <section className="account-section" aria-labelledby="totp-heading" data-testid="totp">
      <h2 id="totp-heading">{t('account.totp.title')}</h2>
      {failure ? <ProblemAlert error={failure} /> : null}
      {stage.kind === 'codes' ? (
        <div data-testid="recovery-codes">
          <h3 ref={codesRef} tabIndex={-1}>
            {t('account.totp.codesTitle')}
          </h3>
          <p>{t('account.totp.codesIntro')}</p>
          <ol className="recovery-codes">
            {stage.codes.map((c) => (
              <li key={c}>
                <code data-testid="recovery-code">{c}</code>
              </li>
            ))}
          </ol>
          <div className="field field-inline">
            <input
              id="codes-saved"
              type="checkbox"
              checked={hasSaved}
              onChange={(event) => setHasSaved(event.target.checked)}
              data-testid="codes-saved"
            />
            <label htmlFor="codes-saved">{t('account.totp.codesSaved')}</label>
          </div>
          <button
            type="button"
            className="button"
            disabled={!hasSaved}
            onClick={() => {
              setStage({ kind: 'idle' });
              onEnrolled();
            }}
            data-testid="codes-done"
          >
            {t('account.totp.codesDone')}
          </button>
        </div>
      ) : me.totpEnrolled ? (
        <p data-testid="totp-on">{t('account.totp.on')}</p>
      ) : stage.kind === 'idle' ? (
        <>
          <p>{t(me.totpRequired ? 'account.totp.required' : 'account.totp.optional')}</p>
          <button type="button" className="button" onClick={() => void start()} data-testid="totp-start">
            {t('account.totp.start')}
          </button>
        </>
      ) : (
        <form onSubmit={confirm} noValidate>
          <p>{t('account.totp.setupIntro')}</p>
          <dl className="facts">
            <dt>{t('account.totp.secret')}</dt>
            <dd>
              <code className="totp-secret" data-testid="totp-secret">
                {groupSecret(stage.secret)}
              </code>
            </dd>
          </dl>
          <div className="field">
            <label htmlFor="totp-uri">{t('account.totp.uri')}</label>
            <textarea
              id="totp-uri"
              className="totp-uri"
              readOnly
              rows={3}
              value={stage.uri}
              onFocus={(event) => event.target.select()}
              data-testid="totp-uri"
            />
          </div>
          <FormField
            id="totp-code"
            label={t('account.totp.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={setCode}
            error={codeError}
            inputRef={codeRef}
            testId="totp-code"
          />
          <button type="submit" className="button" data-testid="totp-confirm">
            {t('account.totp.confirm')}
          </button>
        </form>
      )}
    </section>
  );
}
