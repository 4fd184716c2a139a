import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatIsoDuration, records, scalar, strings, useLanguage } from './register-format';
import { Fact, InlineList, RegisterText } from './register-text';

type Item = Record<string, unknown>;

/** Purposes (controller activities): legal basis in words, data categories, data subjects and retention. */
export function RegisterPurposes({ register }: { register: Item }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const purposes = records(register.purposes);
  const categories = byId(records(register.data_categories));
  const subjects = byId(records(register.data_subjects));
  const retention = records(register.retention);
  return (
    <section className="register-section" aria-labelledby="register-purposes" data-testid="purposes">
      <h2 id="register-purposes">{t('register.overview.purposes')}</h2>
      {purposes.length === 0 ? <p className="muted">{t('register.overview.noPurposes')}</p> : null}
      <div className="register-items">
        {purposes.map((purpose) => {
          const id = String(purpose.id);
          const categoryIds = strings(purpose.data_categories);
          const rules = retention.filter((rule) => appliesTo(rule, id, categoryIds));
          return (
            <article className="card register-item" key={id} aria-labelledby={`purpose-${id}`} data-testid="purpose">
              <h3 id={`purpose-${id}`}>
                <RegisterText value={purpose.name} fallback={id} />
              </h3>
              {purpose.description ? (
                <p>
                  <RegisterText value={purpose.description} />
                </p>
              ) : null}
              <dl className="facts register-facts">
                <Fact label={t('register.overview.legalBasis')} testId="legal-basis">
                  {legalBasis(purpose, t)}
                </Fact>
                <Fact label={t('register.overview.legitimateInterest')}>
                  {purpose.legitimate_interest ? <RegisterText value={purpose.legitimate_interest} /> : null}
                </Fact>
                <Fact label={t('register.overview.dataCategories')}>
                  <InlineList items={categoryIds.map((ref) => label(categories.get(ref), ref))} />
                </Fact>
                <Fact label={t('register.overview.dataSubjects')}>
                  <InlineList items={strings(purpose.data_subjects).map((ref) => label(subjects.get(ref), ref))} />
                </Fact>
                <Fact label={t('register.overview.retention')} testId="retention">
                  {rules.length > 0 ? (
                    <InlineList items={rules.map((rule) => retentionText(rule, t, locale))} />
                  ) : (
                    t('register.overview.noRetention')
                  )}
                </Fact>
              </dl>
            </article>
          );
        })}
      </div>
    </section>
  );
}

function byId(items: Item[]): Map<string, Item> {
  return new Map(items.map((item) => [String(item.id), item]));
}

/** How the register names a data category or data subject: its label, else its DPV term, else its id. */
function label(item: Item | undefined, id: string) {
  return <RegisterText value={item?.label} fallback={scalar(item?.term) ?? id} />;
}

/** A rule applies to the purposes it lists; a rule listing only data categories, to every purpose using them. */
function appliesTo(rule: Item, purpose: string, categories: string[]): boolean {
  const purposes = strings(rule.purposes);
  if (purposes.length > 0) {
    return purposes.includes(purpose);
  }
  return strings(rule.data_categories).some((category) => categories.includes(category));
}

function legalBasis(purpose: Item, t: TFunction): string | null {
  const basis = scalar(purpose.legal_basis);
  if (!basis) {
    return t('register.overview.noLegalBasis');
  }
  const words = [t(`register.legalBasis.${basis}`, { defaultValue: basis })];
  const art9 = scalar(purpose.art9_condition);
  if (art9) {
    words.push(t('register.overview.art9', { condition: art9.replaceAll('_', ' ') }));
  }
  return words.join('; ');
}

/** A retention rule in words: "10 years after the end of the contract", "until consent is withdrawn". */
export function retentionText(rule: Item, t: TFunction, locale: string): string {
  const duration = scalar(rule.duration) ?? '';
  let text: string;
  if (duration === 'until_withdrawn' || duration === 'unlimited') {
    text = t(`register.retention.${duration}`);
  } else {
    const words = formatIsoDuration(duration, locale) ?? duration;
    const from = scalar(rule.from);
    text = from ? t(`register.retentionFrom.${from}`, { duration: words, defaultValue: words }) : words;
  }
  return rule.action === 'anonymise' ? `${text} ${t('register.retention.thenAnonymised')}` : text;
}
