import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBanner } from '../../../renderer/src/components/ErrorBanner';
import { NotesNotices } from '../../../renderer/src/components/notes/NotesNotices';
import { SkippedFiles } from '../../../renderer/src/components/SkippedFiles';
import { setLanguage } from '../../../renderer/src/i18n';

/** Words of the English notices that must not reach a French screen. */
const ENGLISH = /\b(the|could not|cannot|file|folder|saved|while|not|Dismiss)\b/i;

describe('notices and errors from the Node side, in French', () => {
  beforeEach(async () => {
    await setLanguage('fr');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('words a notes notice in French, with its file, and no English sentence', () => {
    render(
      <NotesNotices
        view={{
          location: 'folder',
          notices: [
            {
              code: 'save-failed',
              notice: {
                code: 'notes-save-failed',
                params: { file: '/d/.recoupe/annotations.json', error: 'ENOSPC' },
              },
            },
          ],
        }}
        dismissed={new Set()}
        onDismiss={() => undefined}
      />,
    );
    const text = screen.getByRole('note').textContent ?? '';
    expect(text).toContain(
      'Vos notes n’ont pas pu être enregistrées dans /d/.recoupe/annotations.json (ENOSPC)',
    );
    expect(text.replace('/d/.recoupe/annotations.json', '')).not.toMatch(ENGLISH);
  });

  it('words skipped files’ reasons in French', () => {
    render(
      <SkippedFiles
        skipped={[
          { path: 'photo.jpg', reason: { code: 'skip-not-article', params: { extension: '.jpg' } } },
          { path: 'gros.txt', reason: { code: 'skip-too-large', params: { size: 12.5, limit: 10 } } },
        ]}
      />,
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain('pas un format d’article (.jpg)');
    expect(text).toContain('fichier trop gros (12,5 Mo, limite 10 Mo)');
    expect(text.replace(/photo\.jpg|gros\.txt/g, '')).not.toMatch(ENGLISH);
  });

  it('words the reason of a failed export from its notice, not from the English message', () => {
    render(
      <ErrorBanner
        error={{
          code: 'EXPORT_FAILED',
          message: 'Cannot save /d/x.pdf: the disk is full.',
          params: { name: 'x.pdf', reason: 'Cannot save /d/x.pdf: the disk is full.' },
          notice: { code: 'export-disk-full', params: { path: '/d/x.pdf' } },
        }}
        onDismiss={() => undefined}
      />,
    );
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('Impossible d’enregistrer /d/x.pdf : le disque est plein.');
    expect(text).not.toMatch(/Cannot|disk is full/);
  });
});
