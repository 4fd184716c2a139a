import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { ChangeList } from './change-list';
import { ProblemList } from './finding-list';
import type { RegisterPreviewState } from './use-register-preview';

/**
 * What applying the text would change, shown before the Apply button: the changes against the active version in
 * words (material ones marked), "no changes" when the text says the same, "this becomes version 1" when there is
 * none yet, or the parse problems that keep the server from reading it.
 */
export function RegisterPreview({
  preview,
  onSelectLine,
  headingId = 'preview-heading',
  headingLevel = 4,
}: {
  preview: RegisterPreviewState;
  onSelectLine?: (line: number, column?: number) => void;
  headingId?: string;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { outcome, error, isLoading } = preview;
  return (
    <section className="apply-preview" aria-labelledby={headingId} aria-busy={isLoading} data-testid="apply-preview">
      <Heading id={headingId}>
        {outcome?.kind === 'preview' && outcome.from !== null
          ? t('register.preview.headingFrom', { version: outcome.from })
          : t('register.preview.heading')}
      </Heading>
      {isLoading ? (
        <p className="muted" data-testid="apply-preview-loading">
          {t('register.preview.loading')}
        </p>
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
      {outcome?.kind === 'invalid' ? (
        <>
          <p data-testid="apply-preview-invalid">{t('register.preview.invalid')}</p>
          <ProblemList problems={outcome.problems} {...(onSelectLine ? { onSelectLine } : {})} />
        </>
      ) : null}
      {outcome?.kind === 'preview' && outcome.from === null ? (
        <p data-testid="apply-preview-first">{t('register.preview.first')}</p>
      ) : null}
      {outcome?.kind === 'preview' && outcome.from !== null ? (
        outcome.changes.length === 0 ? (
          <p className="muted" data-testid="apply-preview-none">
            {t('register.preview.none', { version: outcome.from })}
          </p>
        ) : (
          <ChangeList changes={outcome.changes} testId="apply-preview-changes" />
        )
      ) : null}
    </section>
  );
}
