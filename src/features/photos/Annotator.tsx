import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useT, type MessageKey } from '../../app/i18n';
import { useDb } from '../../db/context';
import type { Photo } from '../../shared/schema';
import {
  TOOLS,
  extendShape,
  hasSize,
  lineWidthFor,
  paintShapes,
  startShape,
  toPhotoPoint,
  type Shape,
  type Tool,
} from './annotate-shapes';
import { photoErrorKey } from './errors';
import { saveAnnotation } from './save-photo';
import { usePhotoUrl } from './use-photo-url';

interface Props {
  photo: Photo;
  onClose: () => void;
}

/**
 * Draws red marks over a photo and saves them as a NEW photo (annotationOf = the original), so
 * the evidence as taken is never altered. Marks live in refs and are painted straight onto an
 * overlay canvas (as in SignaturePad): a React render per pointer move would lag the finger.
 */
export const Annotator = ({ photo, onClose }: Props) => {
  const t = useT();
  const db = useDb();
  const url = usePhotoUrl(photo.id);
  const dialog = useRef<HTMLDialogElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const shapes = useRef<Shape[]>([]);
  const draft = useRef<Shape | null>(null);
  const [tool, setTool] = useState<Tool>('draw');
  const [count, setCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const size = { width: photo.width, height: photo.height };

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const redraw = () => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, size.width, size.height);
    const all = draft.current ? [...shapes.current, draft.current] : shapes.current;
    paintShapes(ctx, all, lineWidthFor(size));
  };
  const point = (event: PointerEvent<HTMLCanvasElement>) =>
    toPhotoPoint(event.clientX, event.clientY, event.currentTarget.getBoundingClientRect(), size);

  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    draft.current = startShape(tool, point(event));
    redraw();
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!draft.current) return;
    draft.current = extendShape(draft.current, point(event));
    redraw();
  };
  const up = () => {
    if (!draft.current) return;
    if (hasSize(draft.current)) shapes.current = [...shapes.current, draft.current];
    draft.current = null;
    setCount(shapes.current.length);
    redraw();
  };
  const undo = () => {
    shapes.current = shapes.current.slice(0, -1);
    setCount(shapes.current.length);
    redraw();
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await saveAnnotation(db, photo, shapes.current);
      onClose();
    } catch (failure) {
      setError(photoErrorKey(failure));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="photo-dialog annotator" onCancel={onClose} data-testid="annotator">
      <h2>{t('photos.annotate.title')}</h2>
      <p className="muted">{t('photos.annotate.hint')}</p>
      <div
        className="photo-stage"
        style={{
          aspectRatio: `${size.width} / ${size.height}`,
          width: `min(100%, calc(58vh * ${size.width / size.height}))`,
        }}
      >
        {url && <img src={url} alt="" className="photo-stage-img" />}
        <canvas
          ref={canvas}
          width={size.width}
          height={size.height}
          className="photo-stage-canvas"
          role="img"
          aria-label={t('photos.annotate.canvas')}
          data-testid="annotate-canvas"
          data-marks={count}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
        />
      </div>
      <div className="photo-tools" role="group" aria-label={t('photos.annotate.tools')}>
        {TOOLS.map((name) => (
          <button
            key={name}
            type="button"
            className={`btn btn-small${tool === name ? ' btn-primary' : ''}`}
            aria-pressed={tool === name}
            data-testid={`annotate-${name}`}
            onClick={() => setTool(name)}
          >
            {t(`photos.annotate.${name}`)}
          </button>
        ))}
        <button
          type="button"
          className="btn btn-small"
          data-testid="annotate-undo"
          disabled={count === 0}
          onClick={undo}
        >
          {t('photos.annotate.undo')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="annotate-error">
          {t(error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} data-testid="annotate-cancel">
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || count === 0}
          data-testid="annotate-save"
          onClick={() => void save()}
        >
          {t(busy ? 'photos.annotate.saving' : 'photos.annotate.save')}
        </button>
      </div>
    </dialog>
  );
};
