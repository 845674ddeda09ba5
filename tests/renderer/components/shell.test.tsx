import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EmptyState } from '../../../renderer/src/components/EmptyState';
import { ErrorBanner } from '../../../renderer/src/components/ErrorBanner';
import { ErrorBoundary } from '../../../renderer/src/components/ErrorBoundary';
import { setLanguage } from '../../../renderer/src/i18n';

describe('shell components', () => {
  it('empty state offers to open a folder', () => {
    const open = vi.fn();
    render(<EmptyState onOpenFolder={open} />);
    expect(screen.queryByRole('heading', { name: 'Open a folder of articles' })).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open folder' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('error banner shows the message for the code with its file name, in the chosen language', async () => {
    const error = { code: 'NOT_FOUND' as const, message: 'x', detail: '/tmp/x', params: { name: 'dossier' } };
    render(<ErrorBanner error={error} onDismiss={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('“dossier” cannot be found');
    await setLanguage('fr');
    try {
      render(<ErrorBanner error={error} onDismiss={() => undefined} />);
      expect(screen.getAllByRole('alert')[1]?.textContent).toContain('« dossier » est introuvable');
    } finally {
      await setLanguage('en');
    }
  });

  it('error banner titles the error by what failed and shows no raw code nor "Something went wrong"', async () => {
    const notFolder = {
      code: 'NOT_A_FOLDER' as const,
      message: 'x',
      detail: 'not a folder: /tmp/a.txt',
      params: { name: 'a.txt' },
      notice: { code: 'folder-not-folder' as const, params: { folder: '/tmp/a.txt' } },
    };
    const { unmount } = render(<ErrorBanner error={notFolder} onDismiss={() => undefined} />);
    const banner = screen.getByRole('alert').textContent ?? '';
    expect(banner).toContain('Not a folder');
    expect(banner).toContain('“a.txt” is a file, not a folder. Open the folder that contains the articles.');
    expect(banner).toContain('Details for the log');
    expect(banner).not.toMatch(/NOT_A_FOLDER|Something went wrong|cannot be found/);
    unmount();
    // A code the catalogs do not know: what to do, in the user's language, never its English message.
    await setLanguage('fr');
    try {
      const odd = { code: 'WHATEVER', message: 'ENOSPC: raw English' } as unknown as Parameters<
        typeof ErrorBanner
      >[0]['error'];
      render(<ErrorBanner error={odd} onDismiss={() => undefined} />);
      const text = screen.getByRole('alert').textContent ?? '';
      expect(text).toContain('Problème inattendu');
      expect(text).toContain('Réessayez');
      expect(text).not.toMatch(/WHATEVER|ENOSPC/);
    } finally {
      await setLanguage('en');
    }
  });

  it('error boundary replaces a crashed screen with the error and a reload button', () => {
    const Broken = () => {
      throw new Error('kaboom');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('kaboom');
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeNull();
  });
});
