import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { PublicCertificate } from '@elo/contracts';

// An A4 landscape certificate in Portuguese, with a QR code of its public verification URL.

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 60;
const INK = rgb(0.1, 0.15, 0.3);

export async function renderCertificatePdf(
  certificate: PublicCertificate,
  verifyUrl: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Certificado ${certificate.code}`);
  doc.setLanguage('pt-BR');
  doc.setCreator('Elo');
  const page = doc.addPage(A4_LANDSCAPE);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [width, height] = A4_LANDSCAPE;

  page.drawRectangle({
    x: 25,
    y: 25,
    width: width - 50,
    height: height - 50,
    borderColor: INK,
    borderWidth: 2,
  });
  let y = height - 110;
  y = centered(page, bold, 'CERTIFICADO', 34, y) - 50;
  y = centered(page, regular, 'Certificamos que', 16, y) - 40;
  y = centered(page, bold, certificate.participantName, 26, y) - 40;
  const body =
    `concluiu o curso "${certificate.course}", com carga horária de ${formatHours(certificate.hours)}, ` +
    `em ${formatDate(certificate.date)}.`;
  for (const line of wrap(regular, safeText(regular, body), 15, width - 2 * MARGIN - 140)) {
    y = centered(page, regular, line, 15, y) - 22;
  }
  centered(page, regular, `Emitido por ${certificate.issuer}`, 13, y - 18);

  const qr = await QRCode.toBuffer(verifyUrl, {
    type: 'png',
    margin: 1,
    width: 240,
    errorCorrectionLevel: 'M',
  });
  const image = await doc.embedPng(qr);
  page.drawImage(image, { x: width - MARGIN - 110, y: MARGIN, width: 110, height: 110 });
  page.drawText(safeText(regular, `Código de verificação: ${certificate.code}`), {
    x: MARGIN,
    y: MARGIN + 30,
    size: 11,
    font: regular,
    color: INK,
  });
  page.drawText(safeText(regular, `Confira a autenticidade em ${verifyUrl}`), {
    x: MARGIN,
    y: MARGIN + 12,
    size: 9,
    font: regular,
    color: INK,
  });
  return doc.save();
}

function centered(page: PDFPage, font: PDFFont, text: string, size: number, y: number): number {
  const safe = safeText(font, text);
  const width = font.widthOfTextAtSize(safe, size);
  page.drawText(safe, { x: (page.getWidth() - width) / 2, y, size, font, color: INK });
  return y;
}

/** The standard fonts speak WinAnsi: a character outside it loses its accent, or becomes "?". */
export function safeText(font: PDFFont, text: string): string {
  return Array.from(text.normalize('NFC'), (ch) => {
    if (encodable(font, ch)) return ch;
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    return bare && encodable(font, bare) ? bare : '?';
  }).join('');
}

function encodable(font: PDFFont, text: string): boolean {
  try {
    font.encodeText(text);
    return true;
  } catch {
    return false;
  }
}

function wrap(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function formatHours(hours: number): string {
  const text = Number.isInteger(hours) ? String(hours) : hours.toFixed(1).replace('.', ',');
  return `${text} ${hours === 1 ? 'hora' : 'horas'}`;
}

const MONTHS = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];

/** 2025-03-07 → "7 de março de 2025". */
export function formatDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} de ${MONTHS[month - 1] ?? ''} de ${year}`;
}
