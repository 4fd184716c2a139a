import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, asApiError } from '../../api/client';
import { type ImportLanguage, type ImportResult, importStatement, MAX_IMPORT_BYTES } from '../../api/import.api';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { ImportResultView } from './import-result';
import { ImportUpload } from './import-upload';

/**
 * The Import area (`/admin/import`): upload an existing statement, see what the importer drafted from it beside
 * the text it came from, complete the draft and apply it as a new register version.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [lang, setLang] = useState<ImportLanguage>('auto');
  const [reading, setReading] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [tooLarge, setTooLarge] = useState<string>();
  const [imported, setImported] = useState<{ result: ImportResult; fileName: string; generation: number }>();
  const controller = useRef<AbortController>(undefined);

  const read = async (file: File) => {
    controller.current?.abort();
    setError(undefined);
    setTooLarge(undefined);
    if (file.size > MAX_IMPORT_BYTES) {
      setTooLarge(file.name);
      return;
    }
    const current = new AbortController();
    controller.current = current;
    setReading(file.name);
    try {
      const result = await importStatement(file, lang, current.signal);
      setImported((previous) => ({ result, fileName: file.name, generation: (previous?.generation ?? 0) + 1 }));
    } catch (cause) {
      if (current.signal.aborted) {
        return;
      }
      setError(asApiError(cause));
    } finally {
      if (!current.signal.aborted) {
        setReading(undefined);
      }
    }
  };

  return (
    <section className="page import-page" data-testid="import-page">
      <PageHeading title={t('import.title')} />
      <p className="lead">{t('import.lead')}</p>
      <ImportUpload
        lang={lang}
        onLangChange={setLang}
        onFile={(file) => void read(file)}
        isReading={reading !== undefined}
        readingName={reading}
      />
      <div data-testid="import-error">
        {error ? <ProblemAlert error={error} /> : null}
        {tooLarge ? (
          <div className="alert alert-error" role="alert">
            <p className="alert-title">{t('import.upload.failed')}</p>
            <p>{t('import.upload.tooLarge', { name: tooLarge })}</p>
          </div>
        ) : null}
      </div>
      {imported ? (
        // A new file starts a new review: the key drops the previous draft's edits and selection.
        <ImportResultView key={imported.generation} result={imported.result} fileName={imported.fileName} />
      ) : null}
    </section>
  );
}
