/**
 * Signature pad geometry: pointer positions → integer points in a fixed box → SVG path
 * 'M x y L x y …'. The fixed box makes a signature look the same on every screen and in print.
 */
export const PAD_WIDTH = 600;
export const PAD_HEIGHT = 200;

export type Point = readonly [number, number];
export type Stroke = Point[];

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));

/** Scales a client position on the displayed canvas into the fixed box, rounded to integers. */
export const toPadPoint = (clientX: number, clientY: number, rect: Rect): Point => [
  clamp(((clientX - rect.left) / (rect.width || 1)) * PAD_WIDTH, PAD_WIDTH),
  clamp(((clientY - rect.top) / (rect.height || 1)) * PAD_HEIGHT, PAD_HEIGHT),
];

/** Appends a point unless it repeats the last one (a resting finger would bloat the path). */
export const extendStroke = (stroke: Stroke, point: Point): Stroke => {
  const last = stroke.at(-1);
  return last && last[0] === point[0] && last[1] === point[1] ? stroke : [...stroke, point];
};

export const strokesToPath = (strokes: readonly Stroke[]): string =>
  strokes
    .filter((stroke) => stroke.length > 0)
    .map((stroke) => stroke.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${x} ${y}`).join(' '))
    .join(' ');
