/**
 * A QR code of a port's link (`…#port=<label>`), drawn as SVG from the QR module matrix
 * (qrcode `create`, loaded on first use). One path of horizontal runs; 4-module quiet zone.
 */
import { useEffect, useState } from 'react';
import { qrPath } from './qrPath';

type Matrix = { size: number; d: string };

/** The QR code of `text`, `px` wide, labelled for assistive technology with `label`. */
export function PortQr({ text, label, px = 132 }: { text: string; label: string; px?: number }) {
  const [m, setM] = useState<{ text: string; matrix: Matrix } | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((QR) => {
      const create =
        (QR as { create?: typeof QR.create }).create ?? (QR as unknown as { default: typeof QR }).default.create;
      const qr = create(text, { errorCorrectionLevel: 'M' });
      const size = qr.modules.size;
      if (live) setM({ text, matrix: { size, d: qrPath(size, (r, c) => !!qr.modules.get(r, c)) } });
    });
    return () => {
      live = false;
    };
  }, [text]);
  const matrix = m?.text === text ? m.matrix : null;
  if (!matrix) return <span className="pm-qr pm-qr-wait" style={{ width: px, height: px }} aria-hidden="true" />;
  const full = matrix.size + 8;
  return (
    <svg
      className="pm-qr"
      width={px}
      height={px}
      viewBox={`0 0 ${full} ${full}`}
      role="img"
      aria-label={label}
      data-qr={text}
      shapeRendering="crispEdges"
    >
      <rect width={full} height={full} fill="#fff" />
      <path d={matrix.d} fill="#000" />
    </svg>
  );
}
