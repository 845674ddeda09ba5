import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { setPdfMetadata } from '../../node/pdf-metadata';
import { readPdf } from '../helpers/pdf-text';

describe('setPdfMetadata', () => {
  it('adds subject, keywords, creator and language, keeps the title and the pages', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Titre de Chromium');
    doc.setProducer('Skia/PDF');
    doc.addPage([842, 595]);
    doc.addPage([842, 595]);
    const bytes = await setPdfMetadata(await doc.save(), {
      title: 'Gazette vs Le Courrier — Un titre',
      subject: 'Comment Le Courrier a repris la Gazette.',
      keywords: ['Gazette', 'Le Courrier', 'Recoupe'],
      creator: 'Recoupe 1.0.0',
      language: 'fr',
    });
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.info).toMatchObject({
      Title: 'Gazette vs Le Courrier — Un titre',
      Subject: 'Comment Le Courrier a repris la Gazette.',
      Keywords: 'Gazette, Le Courrier, Recoupe',
      Creator: 'Recoupe 1.0.0',
      Producer: 'Skia/PDF',
      Language: 'fr',
    });
  });
});
