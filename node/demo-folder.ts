import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker file of the bundled demo folder: its articles are invented, under real outlets' names. */
export const DEMO_MARKER = '.recoupe-demo.json';

/** Name of the demo folder, bundled and copied to the data folder on first run. */
export const DEMO_FOLDER_NAME = 'fictional-demo';

/** True when `root` holds the demo's marker file (a JSON object with `"fictional": true`). */
export async function isDemoFolder(root: string): Promise<boolean> {
  const text = await readFile(join(root, DEMO_MARKER), 'utf8').catch(() => null);
  if (text === null) return false;
  try {
    const marker: unknown = JSON.parse(text);
    return (
      typeof marker === 'object' && marker !== null && (marker as { fictional?: unknown }).fictional === true
    );
  } catch {
    return false;
  }
}
