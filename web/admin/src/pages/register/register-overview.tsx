import { useTranslation } from 'react-i18next';
import type { RegisterVersion } from '../../api/register.api';
import { RegisterDetails } from './register-details';
import { countryName, isRecord, records, scalar, strings, useLanguage } from './register-format';
import { RegisterPurposes } from './register-purposes';
import { Fact, InlineList, RegisterText } from './register-text';

/** The active register as readable sections, rendered from the validated `register` object. */
export function RegisterOverview({ version }: { version: RegisterVersion }) {
  const register = version.register;
  return (
    <div className="register-overview" data-testid="register-overview">
      <Organisation register={register} />
      <RegisterPurposes register={register} />
      <RegisterDetails register={register} />
    </div>
  );
}

function Organisation({ register }: { register: Record<string, unknown> }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const org = isRecord(register.organisation) ? register.organisation : {};
  const address = isRecord(org.address) ? org.address : undefined;
  const dpo = isRecord(org.dpo) ? org.dpo : undefined;
  const country = scalar(org.country);
  const roles = strings(register.roles);
  const languages = strings(org.languages);
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  return (
    <section className="card register-section" aria-labelledby="register-organisation" data-testid="organisation">
      <h2 id="register-organisation">{t('register.overview.organisation')}</h2>
      <dl className="facts register-facts">
        <Fact label={t('register.overview.legalName')} testId="legal-name">
          {scalar(org.legal_name)}
        </Fact>
        <Fact label={t('register.overview.tradeNames')}>{strings(org.trade_names).join(', ') || null}</Fact>
        <Fact label={t('register.overview.address')}>
          {address
            ? [address.street, [address.postal_code, address.city].filter(Boolean).join(' '), address.country]
                .map((part) =>
                  typeof part === 'string' && part === scalar(address.country) ? countryName(part, locale) : part,
                )
                .filter((part) => typeof part === 'string' && part)
                .join(', ')
            : null}
        </Fact>
        <Fact label={t('register.overview.enterpriseNumber')}>{scalar(org.enterprise_number)}</Fact>
        <Fact label={t('register.overview.contact')}>
          <InlineList items={[org.email, org.phone, org.website].filter((v): v is string => typeof v === 'string')} />
        </Fact>
        <Fact label={t('register.overview.dpo')}>
          {dpo ? (
            <InlineList
              items={[
                <RegisterText key="f" value={dpo.function} />,
                ...[dpo.email, dpo.phone].filter((v): v is string => typeof v === 'string'),
              ]}
            />
          ) : (
            t('register.overview.noDpo')
          )}
        </Fact>
        <Fact label={t('register.overview.authority')} testId="authority">
          <Authority org={org} country={country} locale={locale} />
        </Fact>
        <Fact label={t('register.overview.roles')} testId="roles">
          <InlineList items={roles.map((role) => t(`register.roles.${role}`, { defaultValue: role }))} />
        </Fact>
        <Fact label={t('register.overview.languages')}>
          {languages.map((code) => languageNames.of(code) ?? code).join(', ') || null}
        </Fact>
        <Fact label={t('register.overview.processorActivities')}>
          {records(register.processor_activities).length > 0 ? (
            <InlineList
              items={records(register.processor_activities).map((activity) => (
                <RegisterText key={String(activity.id)} value={activity.name} fallback={scalar(activity.id)} />
              ))}
            />
          ) : null}
        </Fact>
      </dl>
    </section>
  );
}

/** The supervisory authority: the register's override, else the one Dijk knows for BE and NL, else the country. */
function Authority({
  org,
  country,
  locale,
}: {
  org: Record<string, unknown>;
  country?: string | undefined;
  locale: string;
}) {
  const { t } = useTranslation();
  const override = isRecord(org.supervisory_authority) ? org.supervisory_authority : undefined;
  if (override?.name) {
    return <RegisterText value={override.name} />;
  }
  if (country === 'BE' || country === 'NL') {
    return t(`register.authority.${country}`);
  }
  return country ? t('register.authority.byCountry', { country: countryName(country, locale) }) : null;
}
