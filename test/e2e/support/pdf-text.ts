import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// pdf.js (under pdf-parse) loads its worker with a dynamic import, which jest's module sandbox does
// not allow: the PDF is read by a plain node process instead.
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const result = await parser.getText();
    process.stdout.write(JSON.stringify({ pages: result.total, text: result.text }));
  } finally {
    await parser.destroy();
  }
});`;

export interface PdfText {
  pages: number;
  text: string;
}

/** The page count and text of a PDF, as a PDF reader sees them. */
export function pdfText(bytes: Uint8Array): PdfText {
  const run = spawnSync(process.execPath, ['-e', SCRIPT], {
    input: Buffer.from(bytes),
    cwd: resolve(__dirname, '../../..'),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`reading the PDF failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PdfText;
}
