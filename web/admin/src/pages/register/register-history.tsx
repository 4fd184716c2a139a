import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fetchRegisterDiff, fetchRegisterVersions } from '../../api/register.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { ChangeList } from './change-list';
import { useLanguage } from './register-format';

/** The version list, and the difference in words between two chosen versions. */
export function RegisterHistory({ activeVersion }: { activeVersion: number }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const versions = useResource((signal) => fetchRegisterVersions(signal), [activeVersion]);
  const [from, setFrom] = useState(Math.max(1, activeVersion - 1));
  const [to, setTo] = useState(activeVersion);
  useEffect(() => {
    setFrom(Math.max(1, activeVersion - 1));
    setTo(activeVersion);
  }, [activeVersion]);

  if (versions.error) {
    return <ProblemAlert error={versions.error} />;
  }
  const items = versions.data ?? [];
  return (
    <div className="register-history">
      <section className="register-section" aria-labelledby="history-versions">
        <h2 id="history-versions">{t('register.history.versions')}</h2>
        <div className="table-scroll">
          <table className="data-table" data-testid="versions">
            <thead>
              <tr>
                <th scope="col">{t('register.history.version')}</th>
                <th scope="col">{t('register.history.date')}</th>
                <th scope="col">{t('register.history.author')}</th>
                <th scope="col">{t('register.history.message')}</th>
                <th scope="col">{t('register.history.source')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.version} data-testid="version-row">
                  <th scope="row">{item.version}</th>
                  <td>{formatDateTime(item.createdAt, locale)}</td>
                  <td>{item.author}</td>
                  <td>{item.message || <span className="muted">{t('register.history.noMessage')}</span>}</td>
                  <td>
                    <Link href={`/versions/${item.version}`} data-testid={`view-source-${item.version}`}>
                      {t('register.history.viewSource', { version: item.version })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="register-section" aria-labelledby="history-compare">
        <h2 id="history-compare">{t('register.history.compare')}</h2>
        {items.length < 2 ? (
          <p className="muted">{t('register.history.needTwo')}</p>
        ) : (
          <>
            <div className="form-row">
              <VersionSelect
                id="diff-from"
                label={t('register.history.from')}
                value={from}
                onChange={setFrom}
                versions={items.map((i) => i.version)}
              />
              <VersionSelect
                id="diff-to"
                label={t('register.history.to')}
                value={to}
                onChange={setTo}
                versions={items.map((i) => i.version)}
              />
            </div>
            <Diff from={from} to={to} />
          </>
        )}
      </section>
    </div>
  );
}

function VersionSelect(props: {
  id: string;
  label: string;
  value: number;
  versions: number[];
  onChange: (version: number) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
        data-testid={props.id}
      >
        {props.versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </div>
  );
}

function Diff({ from, to }: { from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useResource((signal) => fetchRegisterDiff(from, to, signal), [from, to]);
  return (
    <div aria-live="polite" data-testid="diff">
      <h3>{t('register.history.diffHeading', { from, to })}</h3>
      {from === to ? <p className="muted">{t('register.history.sameVersion')}</p> : null}
      {diff.error ? <ProblemAlert error={diff.error} /> : null}
      {diff.data && from !== to ? <ChangeList changes={diff.data} testId="diff-changes" /> : null}
      {diff.isLoading ? <p className="muted">{t('register.loading')}</p> : null}
    </div>
  );
}
