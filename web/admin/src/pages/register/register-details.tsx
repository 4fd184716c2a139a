import { useTranslation } from 'react-i18next';
import { countryName, formatIsoDuration, isRecord, records, scalar, strings, useLanguage } from './register-format';
import { Fact, InlineList, RegisterText } from './register-text';

type Item = Record<string, unknown>;
const COOKIE_CATEGORIES = ['strictly_necessary', 'functional', 'analytics', 'marketing'] as const;

/** Recipients, cookies, rights handling, security and children: the rest of the register. */
export function RegisterDetails({ register }: { register: Item }) {
  return (
    <>
      <Recipients recipients={records(register.recipients)} />
      <Cookies cookies={records(register.cookies)} />
      <Rights rights={isRecord(register.rights) ? register.rights : {}} />
      <Security security={isRecord(register.security) ? register.security : undefined} />
      <Children settings={isRecord(register.children) ? register.children : undefined} />
    </>
  );
}

function Recipients({ recipients }: { recipients: Item[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <section className="register-section" aria-labelledby="register-recipients" data-testid="recipients">
      <h2 id="register-recipients">{t('register.overview.recipients')}</h2>
      {recipients.length === 0 ? (
        <p className="muted">{t('register.overview.noRecipients')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('register.overview.recipient')}</th>
                <th scope="col">{t('register.overview.recipientRole')}</th>
                <th scope="col">{t('register.overview.country')}</th>
                <th scope="col">{t('register.overview.transfer')}</th>
              </tr>
            </thead>
            <tbody>
              {recipients.map((recipient) => {
                const country = scalar(recipient.country);
                const mechanism = isRecord(recipient.transfer) ? scalar(recipient.transfer.mechanism) : undefined;
                return (
                  <tr key={String(recipient.id)}>
                    <th scope="row">
                      {scalar(recipient.name) ?? (
                        <RegisterText value={recipient.category} fallback={String(recipient.id)} />
                      )}
                    </th>
                    <td>
                      {t(`register.recipientRole.${String(recipient.role)}`, {
                        defaultValue: String(recipient.role ?? ''),
                      })}
                    </td>
                    <td>{country ? countryName(country, locale) : t('register.overview.notStated')}</td>
                    <td>
                      {mechanism
                        ? t(`register.transfer.${mechanism}`, { defaultValue: mechanism })
                        : t('register.overview.noTransfer')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Cookies({ cookies }: { cookies: Item[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const groups = COOKIE_CATEGORIES.map((category) => ({
    category,
    items: cookies.filter((cookie) => cookie.category === category),
  })).filter((group) => group.items.length > 0);
  return (
    <section className="register-section" aria-labelledby="register-cookies" data-testid="cookies">
      <h2 id="register-cookies">{t('register.overview.cookies')}</h2>
      {groups.length === 0 ? <p className="muted">{t('register.overview.noCookies')}</p> : null}
      {groups.map(({ category, items }) => (
        <div key={category} className="register-group">
          <h3>{t(`register.cookieCategory.${category}`)}</h3>
          <ul className="plain-list">
            {items.map((cookie) => {
              const duration = scalar(cookie.duration) ?? '';
              return (
                <li key={String(cookie.name)}>
                  <code>{String(cookie.name)}</code>
                  {' — '}
                  <RegisterText value={cookie.purpose} />{' '}
                  <span className="muted">
                    (
                    {[
                      scalar(cookie.provider),
                      duration === 'session'
                        ? t('register.overview.sessionCookie')
                        : (formatIsoDuration(duration, locale) ?? duration),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                    )
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Rights({ rights }: { rights: Item }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const verification = isRecord(rights.identity_verification) ? scalar(rights.identity_verification.method) : undefined;
  const duration = (value: unknown, fallback: string) => formatIsoDuration(scalar(value) ?? fallback, locale);
  return (
    <section className="card register-section" aria-labelledby="register-rights" data-testid="rights">
      <h2 id="register-rights">{t('register.overview.rights')}</h2>
      <dl className="facts register-facts">
        <Fact label={t('register.overview.channels')}>
          <InlineList
            items={records(rights.channels).map((channel) =>
              [
                t(`register.channel.${String(channel.type)}`, { defaultValue: String(channel.type) }),
                scalar(channel.address),
              ]
                .filter(Boolean)
                .join(': '),
            )}
          />
        </Fact>
        <Fact label={t('register.overview.deadline')}>{duration(rights.response_deadline, 'P1M')}</Fact>
        <Fact label={t('register.overview.extension')}>{duration(rights.extension, 'P2M')}</Fact>
        <Fact label={t('register.overview.identity')}>
          {verification ? t(`register.verification.${verification}`, { defaultValue: verification }) : null}
        </Fact>
      </dl>
    </section>
  );
}

function Security({ security }: { security: Item | undefined }) {
  const { t } = useTranslation();
  const measures: unknown[] = Array.isArray(security?.measures) ? security.measures : [];
  return (
    <section className="card register-section" aria-labelledby="register-security" data-testid="security">
      <h2 id="register-security">{t('register.overview.security')}</h2>
      {security?.summary ? (
        <p>
          <RegisterText value={security.summary} />
        </p>
      ) : null}
      {measures.length > 0 ? (
        <ul>
          {measures.map((measure, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: measures have no id; their order is the register's.
            <li key={index}>
              <RegisterText value={measure} />
            </li>
          ))}
        </ul>
      ) : null}
      {strings(security?.standards).length > 0 ? (
        <p>{t('register.overview.standards', { standards: strings(security?.standards).join(', ') })}</p>
      ) : null}
      {security ? null : <p className="muted">{t('register.overview.noSecurity')}</p>}
    </section>
  );
}

function Children({ settings }: { settings: Item | undefined }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const ages = isRecord(settings?.min_age) ? Object.entries(settings.min_age) : [];
  return (
    <section className="card register-section" aria-labelledby="register-children" data-testid="children">
      <h2 id="register-children">{t('register.overview.children')}</h2>
      {ages.length > 0 ? (
        <InlineList
          items={ages.map(([country, age]) =>
            t('register.overview.minAge', { country: countryName(country, locale), age: String(age) }),
          )}
        />
      ) : (
        <p className="muted">{t('register.overview.noChildren')}</p>
      )}
      {settings?.parental_consent ? <p>{t('register.overview.parentalConsent')}</p> : null}
    </section>
  );
}
