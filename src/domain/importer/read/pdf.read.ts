import { AppError } from '../../../errors.js';
import { repairPdfText } from './pdf-text.repair.js';

/**
 * Extracts the text layer of a PDF with pdf-parse (loaded lazily: it pulls in pdf.js, which most imports never
 * need) and repairs extraction artifacts.
 * @throws AppError `unprocessable` when the PDF cannot be parsed or has no text layer (a scan).
 */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may detach the buffer it is given; hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  let pages: string[];
  try {
    const result = await parser.getText();
    pages = result.pages.map((p) => p.text);
  } catch (error) {
    throw new AppError('unprocessable', {
      message: 'The PDF could not be read; it may be damaged or encrypted.',
      cause: error,
    });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  const text = repairPdfText(pages);
  if (text.replace(/\s+/g, '').length < 40) {
    throw new AppError('unprocessable', {
      message: 'The PDF has no text layer (it is probably a scan); export it with text or run OCR first.',
    });
  }
  return text;
}
