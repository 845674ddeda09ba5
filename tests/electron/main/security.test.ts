import { join } from 'node:path/posix';
import { describe, expect, it } from 'vitest';
import {
  APP_URL,
  CONTENT_SECURITY_POLICY,
  externalLinkTarget,
  isAllowedNavigation,
  resolveAppPath,
  secureWebPreferences,
} from '../../../electron/main/security';

describe('security baseline', () => {
  it('turns on the sandbox and context isolation and keeps Node out of the renderer', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toEqual({
      preload: '/app/out/preload/index.cjs',
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
    });
  });

  it('sends a strict Content-Security-Policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('allows navigation only inside the app', () => {
    expect(isAllowedNavigation(APP_URL)).toBe(true);
    expect(isAllowedNavigation('app://recoupe/other.html')).toBe(true);
    expect(isAllowedNavigation('app://elsewhere/index.html')).toBe(false);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
  });

  it('offers only http(s) links to the system browser', () => {
    expect(externalLinkTarget('https://example.org/a')).toBe('https://example.org/a');
    expect(externalLinkTarget('javascript:alert(1)')).toBeNull();
    expect(externalLinkTarget('file:///etc/passwd')).toBeNull();
  });

  it('serves only files inside the renderer folder', () => {
    expect(resolveAppPath('app://recoupe/', '/r', join)).toBe('/r/index.html');
    expect(resolveAppPath('app://recoupe/assets/a.js', '/r', join)).toBe('/r/assets/a.js');
    expect(resolveAppPath('app://recoupe/%2e%2e/%2e%2e/etc/passwd', '/r', join)).toBe('/r/etc/passwd');
    expect(resolveAppPath('app://recoupe/a/%2E%2E%2F%2E%2E%2Fsecret', '/r', join)).toBeNull();
    expect(resolveAppPath('app://recoupe/a%5c..%5c..%5cb', '/r', join)).toBeNull();
    expect(resolveAppPath('app://other/index.html', '/r', join)).toBeNull();
    expect(resolveAppPath('https://recoupe/index.html', '/r', join)).toBeNull();
  });
});
