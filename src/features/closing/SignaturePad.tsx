import { useRef, type PointerEvent } from 'react';
import { useT } from '../../app/i18n';
import { extendStroke, PAD_HEIGHT, PAD_WIDTH, strokesToPath, toPadPoint, type Stroke } from './pad-path';

interface Props {
  testId: string;
  label: string;
  /** Called with the whole path after every stroke ('' after clearing). */
  onChange: (path: string) => void;
}

/**
 * A drawing surface for one signature. Strokes live in a ref and are painted straight onto the
 * canvas: re-rendering React on every pointer move would make the line lag behind the finger.
 */
export const SignaturePad = ({ testId, label, onChange }: Props) => {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const drawing = useRef(false);

  const context = () => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx) {
      ctx.lineWidth = 3;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#111';
    }
    return ctx;
  };
  const point = (event: PointerEvent<HTMLCanvasElement>) =>
    toPadPoint(event.clientX, event.clientY, event.currentTarget.getBoundingClientRect());

  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    const p = point(event);
    strokes.current = [...strokes.current, [p]];
    const ctx = context();
    ctx?.beginPath();
    ctx?.moveTo(p[0], p[1]);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const current = strokes.current.at(-1) ?? [];
    const next = extendStroke(current, point(event));
    if (next === current) return;
    strokes.current = [...strokes.current.slice(0, -1), next];
    const [x, y] = next.at(-1) ?? [0, 0];
    const ctx = context();
    ctx?.lineTo(x, y);
    ctx?.stroke();
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange(strokesToPath(strokes.current));
  };
  const clear = () => {
    strokes.current = [];
    context()?.clearRect(0, 0, PAD_WIDTH, PAD_HEIGHT);
    onChange('');
  };

  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        width={PAD_WIDTH}
        height={PAD_HEIGHT}
        aria-label={label}
        role="img"
        data-testid={testId}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onPointerLeave={up}
      />
      <button type="button" className="btn btn-small" onClick={clear}>
        {t('closing.sign.clear')}
      </button>
    </div>
  );
};
