import { useTranslation } from 'react-i18next';
import type { ImportFinding } from '../../api/import.api';
import type { LintFinding, RegisterProblem } from '../../api/register.api';
import { FindingList, ProblemList } from '../register/finding-list';
import { useLanguage } from '../register/register-format';
import type { LiveLint } from '../register/use-live-lint';
import { formatConfidence } from './drafted-elements';
import { elementButtonId, type MarkRef } from './import-marks';

/**
 * Everything to act on: what the statement itself gets wrong (each finding links to its sentence), what the draft
 * still lacks to be a register (schema problems, linked to their line in the YAML) and the legal check of the
 * draft. The last two follow the text being edited; before the first check they are the importer's own.
 */
export function ImportFindings({
  findings,
  markOf,
  activeMark,
  onShow,
  textLang,
  lint,
  imported,
  isUnedited,
  onSelectLine,
}: {
  findings: readonly ImportFinding[];
  markOf: ReadonlyMap<MarkRef, string>;
  activeMark: string | undefined;
  onShow: (markId: string) => void;
  textLang: string;
  lint: LiveLint;
  imported: { problems: RegisterProblem[]; findings: LintFinding[] };
  isUnedited: boolean;
  onSelectLine: (line: number, column?: number) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const checked = lint.result;
  const problems = checked ? (checked.ok ? [] : checked.problems) : imported.problems;
  // The importer lints the parts of the draft that pass the schema; the live check only once all of it does.
  const lintFindings = checked?.ok ? checked.findings : isUnedited ? imported.findings : [];

  return (
    <section
      className="register-section import-findings"
      aria-labelledby="import-findings-heading"
      data-testid="import-findings"
    >
      <h2 id="import-findings-heading">{t('import.findings.heading')}</h2>

      <section aria-labelledby="import-statement-findings" data-testid="statement-findings">
        <h3 id="import-statement-findings">{t('import.findings.statement', { count: findings.length })}</h3>
        <p className="muted">{t('import.findings.statementHelp')}</p>
        {findings.length === 0 ? <p className="tone-ok">{t('import.findings.statementNone')}</p> : null}
        <ul className="finding-list">
          {findings.map((finding, index) => {
            const ref: MarkRef = `finding-${index}`;
            const markId = markOf.get(ref);
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for one import.
                key={`${finding.id}-${index}`}
                className="finding"
                data-severity="warning"
                data-active={markId !== undefined && markId === activeMark}
                data-testid="statement-finding"
              >
                <p className="finding-message">
                  <code data-testid="statement-finding-id">{finding.id}</code>{' '}
                  {/* The importer words these in English. */}
                  <span lang="en">{finding.message}</span>
                </p>
                {finding.sentence ? (
                  <p>
                    <q lang={textLang}>{finding.sentence}</q>
                  </p>
                ) : null}
                <p className="finding-meta muted">
                  {t('import.elements.confidence', { value: formatConfidence(finding.confidence, locale) })}
                  {markId ? (
                    <>
                      {' · '}
                      <button
                        type="button"
                        id={elementButtonId(ref)}
                        className="link-button"
                        onClick={() => onShow(markId)}
                        aria-controls={markId}
                        data-testid="finding-link"
                      >
                        {t('import.findings.show')}
                      </button>
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="import-missing-heading" data-testid="draft-problems">
        <h3 id="import-missing-heading">{t('import.findings.missing', { count: problems.length })}</h3>
        {problems.length > 0 ? (
          <>
            <p className="muted">{t('import.findings.missingHelp')}</p>
            <ProblemList problems={problems} onSelectLine={onSelectLine} />
          </>
        ) : (
          <p className="tone-ok">{t('import.findings.missingNone')}</p>
        )}
      </section>

      <section aria-labelledby="import-lint-heading" data-testid="draft-lint">
        <h3 id="import-lint-heading">{t('import.findings.lint')}</h3>
        {lint.error ? <p className="muted">{t('import.findings.lintUnavailable')}</p> : null}
        {checked && !checked.ok && lintFindings.length === 0 ? (
          <p className="muted">{t('import.findings.lintWaiting')}</p>
        ) : null}
        {lintFindings.length > 0 ? (
          <FindingList findings={lintFindings} onSelectLine={onSelectLine} headingLevel={3} />
        ) : checked?.ok ? (
          <p className="tone-ok">{t('import.findings.lintNone')}</p>
        ) : null}
      </section>
    </section>
  );
}
