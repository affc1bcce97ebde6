import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** The otpauth URI as a QR code (SVG markup made by the qrcode package from the URI alone). */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let current = true;
    QRCode.toString(value, { type: 'svg', margin: 1, width: 200 }).then(
      (markup) => current && setSvg(markup),
      () => current && setSvg(undefined),
    );
    return () => {
      current = false;
    };
  }, [value]);
  if (!svg) return null;
  return <div className="qr-code" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
