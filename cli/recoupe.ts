import { runCli } from './main';

declare const __APP_VERSION__: string;

const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
};

runCli(process.argv.slice(2), io, __APP_VERSION__).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`recoupe: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
