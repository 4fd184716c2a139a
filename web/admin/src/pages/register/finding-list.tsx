import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LintFinding, RegisterProblem } from '../../api/register.api';
import { findingLanguage, useLanguage } from './register-format';

const SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * Lint findings grouped by severity: message and fix in the UI language (nl or en; a French UI reads the English
 * text), the GDPR article and the line. `onSelectLine` makes the line a button (the editor moves its caret there);
 * without it the line links to the editor at that line.
 */
export function FindingList({
  findings,
  onSelectLine,
  headingLevel = 2,
}: {
  findings: readonly LintFinding[];
  onSelectLine?: (line: number, column?: number) => void;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const textLang = findingLanguage(lang);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="finding-groups" data-testid="findings">
      {SEVERITIES.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) {
          return null;
        }
        return (
          <section key={severity} className="finding-group" aria-labelledby={`findings-${severity}-${headingLevel}`}>
            <Heading id={`findings-${severity}-${headingLevel}`}>
              {t(`register.findings.${severity}`)} ({group.length})
            </Heading>
            <ul className="finding-list">
              {group.map((finding, index) => (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole; two items may share the rest.
                  key={`${finding.ruleId}-${finding.path}-${index}`}
                  className="finding"
                  data-severity={severity}
                  data-testid="finding"
                >
                  <p className="finding-message" lang={textLang === lang ? undefined : textLang}>
                    <span className="severity-badge" data-severity={severity}>
                      {t(`register.findings.badge.${severity}`)}
                    </span>{' '}
                    {finding.message[textLang]}
                  </p>
                  <p lang={textLang === lang ? undefined : textLang}>
                    <span className="finding-label">{t('register.findings.fix')}</span> {finding.fix[textLang]}
                  </p>
                  <p className="finding-meta muted">
                    {finding.article} · <code>{finding.ruleId}</code> · <code>{finding.path}</code>
                    {finding.line ? (
                      <>
                        {' · '}
                        <LineRef line={finding.line} column={finding.column} onSelectLine={onSelectLine} />
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Parse problems: line:column, message, what was expected and "did you mean". */
export function ProblemList({
  problems,
  onSelectLine,
}: {
  problems: readonly RegisterProblem[];
  onSelectLine?: (line: number, column?: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="finding-list" data-testid="parse-problems">
      {problems.map((problem, index) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole; two items may share the rest.
          key={`${problem.line}-${problem.column}-${index}`}
          className="finding"
          data-severity="error"
          data-testid="parse-problem"
        >
          <p className="finding-message">
            <LineRef line={problem.line} column={problem.column} onSelectLine={onSelectLine} />{' '}
            {/* The parser words its messages in English. */}
            <span lang="en">{problem.message}</span>
          </p>
          {problem.expected ? (
            <p>
              <span className="finding-label">{t('register.problems.expected')}</span>{' '}
              <code lang="en">{problem.expected}</code>
            </p>
          ) : null}
          {problem.suggestion ? (
            <p data-testid="suggestion">
              <span className="finding-label">{t('register.problems.didYouMean')}</span>{' '}
              <code>{problem.suggestion}</code>
            </p>
          ) : null}
          {problem.path ? (
            <p className="finding-meta muted">
              <code>{problem.path}</code>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function LineRef({
  line,
  column,
  onSelectLine,
}: {
  line: number;
  column?: number | undefined;
  onSelectLine?: ((line: number, column?: number) => void) | undefined;
}) {
  const { t } = useTranslation();
  const text = column ? t('register.findings.lineColumn', { line, column }) : t('register.findings.line', { line });
  if (onSelectLine) {
    return (
      <button type="button" className="link-button" onClick={() => onSelectLine(line, column)} data-testid="goto-line">
        {text}
      </button>
    );
  }
  return (
    <Link href={`/editor?line=${line}`} data-testid="goto-line">
      {text}
    </Link>
  );
}
