#!/usr/bin/env node
// Prints a development-corpus file's paragraphs (non-blank lines) numbered from 0, with their offsets: the units the
// hand-made alignment answers refer to. Usage: node scripts/corpus-paras.mjs .dev-corpus/<event>/<file>.txt [...]
import { readFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  console.log(`# ${file} (${text.length} chars)`);
  let index = 0;
  for (const match of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    const start = match.index;
    const end = start + match[0].length;
    console.log(`p${index} [${start}, ${end}) ${match[0]}`);
    index += 1;
  }
}
