import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT, IMPORT_LANGUAGES, type ImportLanguage } from '../../api/import.api';

/**
 * Choosing the statement: the language (or "detect"), then a file through the native file input or by dropping
 * it on the zone around it. The file is read as soon as it is chosen; the input stays usable by keyboard.
 */
export function ImportUpload({
  lang,
  onLangChange,
  onFile,
  isReading,
  readingName,
}: {
  lang: ImportLanguage;
  onLangChange: (lang: ImportLanguage) => void;
  onFile: (file: File) => void;
  isReading: boolean;
  readingName: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [isDragging, setIsDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !isReading) {
      onFile(file);
    }
  };

  return (
    <section className="register-section import-upload" aria-labelledby="import-upload-heading">
      <h2 id="import-upload-heading">{t('import.upload.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('import.upload.language')}</label>
        <select
          id={`${id}-lang`}
          value={lang}
          onChange={(event) => onLangChange(event.target.value as ImportLanguage)}
          data-testid="import-lang"
        >
          {IMPORT_LANGUAGES.map((value) => (
            <option key={value} value={value}>
              {t(`import.upload.languages.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {/* The drop zone is a convenience for the mouse; the file input inside it is the control. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: drag and drop only; the keyboard uses the file input */}
      <div
        className="drop-zone"
        data-dragging={isDragging}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop-zone"
      >
        <label htmlFor={`${id}-file`} className="field-label">
          {t('import.upload.file')}
        </label>
        <p id={`${id}-file-help`} className="muted">
          {t('import.upload.fileHelp')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept={IMPORT_ACCEPT}
          aria-describedby={`${id}-file-help`}
          disabled={isReading}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) {
              onFile(file);
            }
            // Choosing the same file again (after changing the language) reads it again.
            event.target.value = '';
          }}
          data-testid="import-file"
        />
        <p className="muted drop-hint" aria-hidden="true">
          {isDragging ? t('import.upload.dropActive') : t('import.upload.drop')}
        </p>
      </div>
      <div aria-live="polite" data-testid="import-status">
        {isReading ? (
          <p className="import-reading">
            <progress aria-label={t('import.upload.progressLabel')} />{' '}
            {t('import.upload.reading', { name: readingName ?? '' })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
