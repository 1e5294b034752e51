/**
 * Turns a camera file into a stored photo: decode (EXIF orientation applied), downscale to the
 * long-edge limit, JPEG within the byte budget, SHA-256. Browser-only (canvas, createImageBitmap);
 * the decisions it follows live in image-math.ts. Everything here is awaited BEFORE any Dexie
 * transaction opens: awaiting it inside one would auto-commit the transaction.
 */
import { sha256Hex, type CapturedPhoto } from '../../db/repositories/photos';
import { encodeWithinBudget, fitWithin, type Size } from './image-math';

export type Paintable = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** The file is not an image this browser can decode (or it is corrupt). */
export class PhotoDecodeError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the file could not be decoded as an image', options);
  }
}

interface Surface {
  ctx: Paintable;
  toJpeg: (quality: number) => Promise<Blob>;
  /** Frees the pixels now: iOS Safari caps total canvas memory and collects canvases late. */
  release: () => void;
}

const domSurface = ({ width, height }: Size): Surface => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser has no 2D canvas');
  const toJpeg = (quality: number) =>
    new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed'))),
        'image/jpeg',
        quality,
      ),
    );
  return { ctx, toJpeg, release: () => void ((canvas.width = 0), (canvas.height = 0)) };
};

/** OffscreenCanvas where there is one (no layout, no DOM); a DOM canvas on older Safari. */
const makeSurface = (size: Size): Surface => {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (ctx) {
      return {
        ctx,
        toJpeg: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }),
        release: () => void ((canvas.width = 0), (canvas.height = 0)),
      };
    }
  }
  return domSurface(size);
};

/** Paints onto a fresh canvas of `size` and encodes the result as a stored photo. */
export const renderPhoto = async (size: Size, paint: (ctx: Paintable) => void): Promise<CapturedPhoto> => {
  const surface = makeSurface(size);
  try {
    surface.ctx.imageSmoothingQuality = 'high';
    paint(surface.ctx);
    const { result } = await encodeWithinBudget(surface.toJpeg);
    const bytes = await result.arrayBuffer();
    return { bytes, sha256: await sha256Hex(bytes), ...size, mime: 'image/jpeg' };
  } finally {
    surface.release();
  }
};

/** Decodes with the camera's EXIF orientation applied, so portrait shots stay upright. */
export const decodeImage = async (source: Blob): Promise<ImageBitmap> => {
  try {
    return await createImageBitmap(source, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new PhotoDecodeError({ cause: error });
  }
};

/**
 * Camera file → stored photo. Marks its duration as the `photo-capture` performance measure so
 * the cost on a real phone can be read in devtools (and by the browser check).
 */
export const capturePhoto = async (file: Blob): Promise<CapturedPhoto> => {
  const started = performance.now();
  const bitmap = await decodeImage(file);
  try {
    const size = fitWithin(bitmap);
    const photo = await renderPhoto(size, (ctx) => ctx.drawImage(bitmap, 0, 0, size.width, size.height));
    performance.measure('photo-capture', { start: started, detail: { bytes: photo.bytes.byteLength } });
    return photo;
  } finally {
    bitmap.close();
  }
};
