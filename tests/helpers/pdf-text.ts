import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF as a reader sees it. */
export interface PdfPage {
  /** Width and height in points, rotation applied. */
  width: number;
  height: number;
  /** The text layer: items joined as they are, line ends as newlines. */
  text: string;
}

/** What a test needs of a PDF: its pages' text and size, and its document information. */
export interface PdfContent {
  pages: PdfPage[];
  info: Record<string, string>;
}

/** Reads a PDF (bytes or path) with pdfjs-dist, the way a viewer would: page sizes, text layer, metadata. */
export async function readPdf(source: Uint8Array | string): Promise<PdfContent> {
  const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : new Uint8Array(source);
  const doc = await getDocument({
    data,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push({ width: viewport.width, height: viewport.height, text });
    }
    const meta = await doc.getMetadata();
    const info: Record<string, string> = {};
    for (const [key, value] of Object.entries(meta.info as Record<string, unknown>)) {
      if (typeof value === 'string') info[key] = value;
    }
    return { pages, info };
  } finally {
    await doc.destroy();
  }
}

/** Text with every run of white space made one space, for searching across line breaks. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text without any white space, for searching strings a line break may have cut (hashes). */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}
