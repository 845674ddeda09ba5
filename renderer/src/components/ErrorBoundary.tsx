import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** Catches a rendering failure and shows what failed with a Reload button, instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <main className="crash" role="alert">
            <h1>{t('errors.crashTitle')}</h1>
            <p>{t('errors.crashBody')}</p>
            <pre className="crash-detail">{error.stack ?? error.message}</pre>
            <button type="button" className="button primary" onClick={() => window.location.reload()}>
              {t('errors.reload')}
            </button>
          </main>
        )}
      </Translation>
    );
  }
}
