import { existsSync } from 'node:fs';
import { NoticeError } from '../shared/i18n/notice';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium or Chrome to drive: CHROME_PATH, else the usual install paths; throws a NoticeError with the install hint if none. */
export function findChrome(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new NoticeError({ code: 'print-chrome-path-missing', params: { path: fromEnv } });
  }
  const found = CHROME_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new NoticeError({ code: 'print-no-chrome' });
  }
  return found;
}
