import { exportArt30Csv, exportArt30Xlsx } from './art30.export.js';
import { exportFidesYaml } from './fides.export.js';
import { exportDpvJsonLd } from './jsonld.export.js';
import { exportMarkdown } from './markdown.export.js';
import type { Register } from './register.schema.js';

export type ExportFormat = 'art30-csv' | 'art30-xlsx' | 'json' | 'dpv-jsonld' | 'fides-yaml' | 'markdown';

/** The export formats with their media type and file extension, for the HTTP API and the CLI. */
export const EXPORT_FORMATS: Record<ExportFormat, { mediaType: string; extension: string }> = {
  'art30-csv': { mediaType: 'text/csv; charset=utf-8', extension: 'csv' },
  'art30-xlsx': { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  json: { mediaType: 'application/json', extension: 'json' },
  'dpv-jsonld': { mediaType: 'application/ld+json', extension: 'jsonld' },
  'fides-yaml': { mediaType: 'application/yaml', extension: 'yaml' },
  markdown: { mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
};

/**
 * Exports a register: the Art. 30 record as CSV or XLSX (labels in `lang`), the register as JSON, DPV JSON-LD,
 * a Fides system manifest or Markdown. XLSX is binary (Uint8Array); everything else is text.
 */
export async function exportRegister(
  register: Register,
  format: ExportFormat,
  options: { lang: 'nl' | 'fr' | 'en' },
): Promise<string | Uint8Array> {
  switch (format) {
    case 'art30-csv':
      return exportArt30Csv(register, options.lang);
    case 'art30-xlsx':
      return exportArt30Xlsx(register, options.lang);
    case 'json':
      return `${JSON.stringify(register, null, 2)}\n`;
    case 'dpv-jsonld':
      return `${JSON.stringify(exportDpvJsonLd(register), null, 2)}\n`;
    case 'fides-yaml':
      return exportFidesYaml(register, options.lang);
    case 'markdown':
      return exportMarkdown(register, options.lang);
  }
}
