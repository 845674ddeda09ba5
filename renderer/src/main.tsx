import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Settings } from '../../shared/ipc/types';
import { api } from './api';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { initI18n } from './i18n';
import './styles.css';

/** Loads the settings (defaults if the main process cannot answer) and mounts the app. */
async function start(container: HTMLElement): Promise<void> {
  let settings: Settings;
  let startupError: unknown = null;
  try {
    settings = await api().getSettings();
  } catch (error) {
    startupError = error;
    settings = {
      theme: 'system',
      language: navigator.language.startsWith('fr') ? 'fr' : 'en',
      zoom: 1,
      recentFolders: [],
    };
  }
  await initI18n(settings.language);
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary>
        <App initialSettings={settings} startupError={startupError} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
