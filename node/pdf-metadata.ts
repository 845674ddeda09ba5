import type { ReportMetadata } from '../shared/report/metadata';

/**
 * Writes a report's title, subject, keywords, creator and language into a PDF's document information (Chromium
 * writes only the title). Used after both printers, the app's and the CLI's. Creation dates and producer are kept.
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: ReportMetadata): Promise<Uint8Array> {
  // Loaded on first use, so commands that print no PDF do not pay for importing pdf-lib.
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces; one pre-joined entry keeps multi-word outlet names readable.
  doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator(meta.creator);
  doc.setLanguage(meta.language);
  return doc.save({ useObjectStreams: false });
}
