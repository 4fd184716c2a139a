import { useTranslation } from 'react-i18next';
import { isRecord, records } from '../register/register-format';

/**
 * The exact notice a person saw, readably: a banner's title, text, buttons, purposes and cookies; a form's text and
 * the note of whoever recorded the consent. Anything else shows as it was stored. Marked with the notice's
 * language, so a screen reader pronounces it right.
 */
export function NoticeContent({ content, language }: { content: unknown; language: string }) {
  const { t } = useTranslation();
  if (isRecord(content) && typeof content.title === 'string' && typeof content.body === 'string') {
    return <BannerNotice content={content} language={language} />;
  }
  if (isRecord(content) && ('text' in content || 'note' in content)) {
    return (
      <div data-testid="notice-text">
        {typeof content.text === 'string' ? (
          <blockquote className="notice-quote" lang={language}>
            {content.text}
          </blockquote>
        ) : null}
        {typeof content.note === 'string' ? (
          <p>
            <strong>{t('consent.notice.note')}</strong> <span lang={language}>{content.note}</span>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <pre className="notice-raw" data-testid="notice-text">
      {JSON.stringify(content, null, 2)}
    </pre>
  );
}

function BannerNotice({ content, language }: { content: Record<string, unknown>; language: string }) {
  const { t } = useTranslation();
  const purposes = isRecord(content.purposes) ? Object.entries(content.purposes) : [];
  const buttons = [content.acceptAll, content.rejectAll, content.choose].filter(
    (b): b is string => typeof b === 'string',
  );
  const categories = records(content.cookies);
  return (
    <div data-testid="notice-text">
      <blockquote className="notice-quote" lang={language}>
        <p className="notice-title">{String(content.title)}</p>
        <p>{String(content.body)}</p>
      </blockquote>
      {buttons.length > 0 ? (
        <p>
          <strong>{t('consent.notice.buttons')}</strong>{' '}
          <span lang={language}>{buttons.map((b) => `“${b}”`).join(' · ')}</span>
        </p>
      ) : null}
      {purposes.length > 0 ? (
        <>
          <p>
            <strong>{t('consent.notice.purposes')}</strong>
          </p>
          <ul lang={language}>
            {purposes.map(([id, value]) =>
              isRecord(value) ? (
                <li key={id}>
                  <strong>{String(value.name ?? id)}</strong>
                  {typeof value.description === 'string' && value.description ? `: ${value.description}` : ''}
                </li>
              ) : null,
            )}
          </ul>
        </>
      ) : null}
      {categories.length > 0 ? (
        <>
          <p>
            <strong>{t('consent.notice.cookies')}</strong>
          </p>
          <ul lang={language}>
            {categories.map((category) => {
              const name = isRecord(content.categories)
                ? (content.categories[String(category.category)] as { name?: unknown } | undefined)?.name
                : undefined;
              const cookies = records(category.cookies);
              return (
                <li key={String(category.category)}>
                  <strong>{typeof name === 'string' ? name : String(category.category)}</strong>:{' '}
                  {cookies.map((cookie) => `${String(cookie.name)} (${String(cookie.provider)})`).join(', ')}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
