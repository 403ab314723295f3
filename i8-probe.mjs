import { readFileSync } from 'node:fs';
import { readDocument } from './dist/ingest/read-document.js';
for (const f of process.argv.slice(2)) {
  const t0=performance.now();
  const d = await readDocument(readFileSync(f), f);
  console.log('==', f, d.format, d.encoding, d.title, d.published, (performance.now()-t0).toFixed(0)+'ms');
  console.log(d.text);
}
