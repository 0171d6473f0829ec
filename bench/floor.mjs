// The floor: the least any tool must do on the corpus. Reads every .txt file
// of a folder as UTF-8 and counts its runs of digits (Western, Arabic-Indic
// and Persian) with one regular expression. Prints what it saw as JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIGIT_RUN = /[0-9\u0660-\u0669\u06F0-\u06F9]+/g;

function* files(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules') yield* files(p);
    else if (d.isFile() && d.name.endsWith('.txt')) yield p;
  }
}

let count = 0, bytes = 0, runs = 0;
for (const path of files(process.argv[2] ?? '.')) {
  const text = readFileSync(path, 'utf8');
  count++;
  bytes += Buffer.byteLength(text);
  runs += text.match(DIGIT_RUN)?.length ?? 0;
}
console.log(JSON.stringify({ files: count, bytes, digitRuns: runs }));
