/** The scheme and host the renderer is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'recoupe';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Content-Security-Policy sent with every app:// response: no inline script, no remote origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The main window's web preferences, following Electron's security checklist. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** True when the window may navigate to `url`: only within the app itself (or the dev server). */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  try {
    const target = new URL(url);
    if (target.protocol === `${APP_SCHEME}:` && target.host === APP_HOST) return true;
    return devServerUrl !== undefined && target.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** The http(s) URL a denied navigation or window.open may offer to open in the system browser, or null. */
export function externalLinkTarget(url: string): string | null {
  try {
    const target = new URL(url);
    return target.protocol === 'https:' || target.protocol === 'http:' ? target.toString() : null;
  } catch {
    return null;
  }
}

/** Resolves an app:// request path to a file inside the renderer folder, or null if it escapes it. */
export function resolveAppPath(
  url: string,
  rendererRoot: string,
  join: (...p: string[]) => string,
): string | null {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const segments = pathname.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.includes('\\') || s.includes('\0'))) return null;
  return join(rendererRoot, ...segments);
}

/** MIME types of the files the renderer build produces. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};
