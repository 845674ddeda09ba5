import { describe, expect, it } from 'vitest';
import { launchPdfPrinter } from '../../node/print-pdf';

const root = process.getuid?.() === 0;

describe('printing in Chromium’s sandbox', () => {
  it(
    root ? 'as root, prints without the sandbox and says why' : 'as a normal user, prints in the sandbox',
    async () => {
      const printer = await launchPdfPrinter();
      try {
        expect(printer.sandboxOff).toBe(root ? 'root' : null);
        const pdf = await printer.print('<p>Kerlaz</p>', { paper: 'a4', landscape: false });
        expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      } finally {
        await printer.close();
      }
    },
    60_000,
  );

  it.runIf(root)(
    'falls back when the sandbox cannot start, and says so (Chromium refuses it to root)',
    async () => {
      const printer = await launchPdfPrinter({ asRoot: false });
      try {
        expect(printer.sandboxOff).toBe('unavailable');
      } finally {
        await printer.close();
      }
    },
    60_000,
  );
});
