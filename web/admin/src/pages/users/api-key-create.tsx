import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_KEY_ACTIONS, createApiKey } from '../../api/api-keys.api';
import { useSubmission } from '../../api/use-submission';
import { FormField, focusFirstError } from '../../components/form-field';
import { ProblemAlert } from '../../components/problem-alert';
import { ApiKeyShown } from './api-key-shown';

/** A new API key: a name and the actions it may perform; the key itself is shown once, then never again. */
export function ApiKeyCreate({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [actions, setActions] = useState<string[]>([]);
  const [nameError, setNameError] = useState<string>();
  const [actionsError, setActionsError] = useState<string>();
  const { isSubmitting, failure, submit: send, clearFailure } = useSubmission();
  const [created, setCreated] = useState<{ name: string; key: string }>();
  const nameRef = useRef<HTMLInputElement>(null);
  const firstActionRef = useRef<HTMLInputElement>(null);

  const toggle = (action: string, checked: boolean) =>
    setActions(checked ? [...actions, action] : actions.filter((a) => a !== action));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clearFailure();
    const nextNameError = name.trim() ? undefined : t('apiKeys.nameMissing');
    const nextActionsError = actions.length > 0 ? undefined : t('apiKeys.actionsMissing');
    setNameError(nextNameError);
    setActionsError(nextActionsError);
    if (
      focusFirstError([
        [nameRef.current, nextNameError],
        [firstActionRef.current, nextActionsError],
      ])
    ) {
      return;
    }
    await send(async () => {
      const answer = await createApiKey({ name: name.trim(), actions });
      setCreated({ name: answer.apiKey.name, key: answer.key });
      setName('');
      setActions([]);
      onCreated();
    });
  };

  if (created) {
    return <ApiKeyShown name={created.name} apiKey={created.key} onDone={() => setCreated(undefined)} />;
  }

  return (
    <section aria-labelledby="api-key-create-heading" data-testid="api-key-create">
      <h3 id="api-key-create-heading">{t('apiKeys.createTitle')}</h3>
      {failure ? <ProblemAlert error={failure} /> : null}
      <form onSubmit={submit} noValidate>
        <FormField
          id="api-key-name"
          label={t('apiKeys.name')}
          hint={t('apiKeys.nameHint')}
          value={name}
          onChange={setName}
          error={nameError}
          inputRef={nameRef}
          testId="api-key-name"
        />
        <fieldset className="field" aria-describedby={actionsError ? 'api-key-actions-error' : undefined}>
          <legend className="field-label">{t('apiKeys.actions')}</legend>
          <ul className="plain-list checkbox-list">
            {API_KEY_ACTIONS.map((action, index) => {
              const id = `api-key-action-${action.replace(':', '-')}`;
              return (
                <li key={action}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={actions.includes(action)}
                    onChange={(event) => toggle(action, event.target.checked)}
                    aria-describedby={`${id}-hint`}
                    ref={index === 0 ? firstActionRef : undefined}
                    data-testid="api-key-action"
                    data-action={action}
                  />{' '}
                  <label htmlFor={id}>
                    <code>{action}</code>
                  </label>
                  <p id={`${id}-hint`} className="muted field-hint">
                    {t(`apiKeys.actionHelp.${action.replace(':', '_')}`)}
                  </p>
                </li>
              );
            })}
          </ul>
          {actionsError ? (
            <p id="api-key-actions-error" className="field-error" data-testid="api-key-actions-error">
              {actionsError}
            </p>
          ) : null}
        </fieldset>
        <button type="submit" className="button" disabled={isSubmitting} data-testid="api-key-create-submit">
          {t('apiKeys.create')}
        </button>
      </form>
    </section>
  );
}
