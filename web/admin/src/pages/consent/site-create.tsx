import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSite, type Site } from '../../api/sites.api';
import { useSubmission } from '../../api/use-submission';
import { FormField, focusFirstError, TextAreaField } from '../../components/form-field';
import { ProblemAlert } from '../../components/problem-alert';
import { parseOrigins } from './consent-format';

/** Adds a website: a name and the origins allowed to use its key, one per line (none: any origin). */
export function SiteCreate({ onCreated }: { onCreated: (site: Site) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [origins, setOrigins] = useState('');
  const [errors, setErrors] = useState<{ name?: string; origins?: string }>({});
  const { isSubmitting, failure, submit: send, clearFailure } = useSubmission();
  const nameRef = useRef<HTMLInputElement>(null);
  const originsRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clearFailure();
    const parsed = parseOrigins(origins);
    const next = {
      ...(name.trim() ? {} : { name: t('consent.sites.nameMissing') }),
      ...(parsed.invalid.length > 0
        ? { origins: t('consent.sites.originsInvalid', { origins: parsed.invalid.join(', ') }) }
        : {}),
    };
    setErrors(next);
    if (
      focusFirstError([
        [nameRef.current, next.name],
        [originsRef.current, next.origins],
      ])
    ) {
      return;
    }
    await send(async () => {
      const site = await createSite({ name: name.trim(), origins: parsed.origins });
      setName('');
      setOrigins('');
      onCreated(site);
    });
  };

  return (
    <section className="consent-section" aria-labelledby="site-create-heading" data-testid="site-create">
      <h2 id="site-create-heading">{t('consent.sites.createTitle')}</h2>
      {failure ? <ProblemAlert error={failure} /> : null}
      <form onSubmit={submit} noValidate>
        <FormField
          id="site-name"
          label={t('consent.sites.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          inputRef={nameRef}
          testId="site-name"
        />
        <TextAreaField
          id="site-origins"
          label={t('consent.sites.originsLabel')}
          hint={t('consent.sites.originsHint')}
          value={origins}
          onChange={setOrigins}
          error={errors.origins}
          rows={3}
          spellCheck={false}
          textareaRef={originsRef}
          testId="site-origins-input"
          errorTestId="site-origins-error"
        />
        <button type="submit" className="button" disabled={isSubmitting} data-testid="site-create-submit">
          {t('consent.sites.create')}
        </button>
      </form>
    </section>
  );
}
