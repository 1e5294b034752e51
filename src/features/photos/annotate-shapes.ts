/**
 * Annotation geometry in the PHOTO's pixel space (not the screen's): the marks then land in the
 * same place on the saved JPEG whatever size the photo was shown at.
 */
import type { Paintable } from './capture';
import type { Size } from './image-math';

export const TOOLS = ['draw', 'arrow', 'circle'] as const;
export type Tool = (typeof TOOLS)[number];
export type Pt = readonly [number, number];
export type Shape = { tool: 'draw'; points: Pt[] } | { tool: 'arrow' | 'circle'; from: Pt; to: Pt };

/** Red reads on grey, white and navy garments alike. */
export const MARK_COLOUR = '#e00000';

/** About 3 CSS px when a 1600 px photo is shown across a 360 px phone: visible, not hiding the defect. */
export const lineWidthFor = ({ width, height }: Size): number =>
  Math.max(3, Math.round(Math.max(width, height) / 110));

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A pointer position on the displayed photo → a point on the photo itself. */
export const toPhotoPoint = (clientX: number, clientY: number, rect: Rect, size: Size): Pt => [
  Math.round(((clientX - rect.left) / (rect.width || 1)) * size.width),
  Math.round(((clientY - rect.top) / (rect.height || 1)) * size.height),
];

export const startShape = (tool: Tool, p: Pt): Shape =>
  tool === 'draw' ? { tool, points: [p] } : { tool, from: p, to: p };

export const extendShape = (shape: Shape, p: Pt): Shape => {
  if (shape.tool !== 'draw') return { ...shape, to: p };
  const last = shape.points.at(-1);
  return last && last[0] === p[0] && last[1] === p[1] ? shape : { ...shape, points: [...shape.points, p] };
};

/** An arrow or circle that was only tapped has no size: it is dropped, not saved as a dot. */
export const hasSize = (shape: Shape): boolean =>
  shape.tool === 'draw' || shape.from[0] !== shape.to[0] || shape.from[1] !== shape.to[1];

/** The two ends of the arrow head's barbs, each `length` back from the tip at ±30°. */
export const arrowBarbs = (from: Pt, to: Pt, length: number): [Pt, Pt] => {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const barb = (delta: number): Pt => [
    to[0] - length * Math.cos(angle + delta),
    to[1] - length * Math.sin(angle + delta),
  ];
  return [barb(Math.PI / 6), barb(-Math.PI / 6)];
};

const trace = (ctx: Paintable, shape: Shape, lineWidth: number) => {
  if (shape.tool === 'draw') {
    const [first, ...rest] = shape.points;
    if (!first) return;
    ctx.moveTo(first[0], first[1]);
    // A single tap still leaves a visible dot.
    if (rest.length === 0) ctx.lineTo(first[0] + 0.1, first[1]);
    for (const [x, y] of rest) ctx.lineTo(x, y);
  } else if (shape.tool === 'arrow') {
    const [a, b] = arrowBarbs(shape.from, shape.to, lineWidth * 5);
    ctx.moveTo(shape.from[0], shape.from[1]);
    ctx.lineTo(shape.to[0], shape.to[1]);
    ctx.moveTo(a[0], a[1]);
    ctx.lineTo(shape.to[0], shape.to[1]);
    ctx.lineTo(b[0], b[1]);
  } else {
    // Circle: centred where the finger went down, radius to where it is now.
    const radius = Math.hypot(shape.to[0] - shape.from[0], shape.to[1] - shape.from[1]);
    ctx.moveTo(shape.from[0] + radius, shape.from[1]);
    ctx.arc(shape.from[0], shape.from[1], radius, 0, Math.PI * 2);
  }
};

export const paintShapes = (ctx: Paintable, shapes: readonly Shape[], lineWidth: number): void => {
  ctx.save();
  ctx.strokeStyle = MARK_COLOUR;
  ctx.lineWidth = lineWidth;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const shape of shapes) {
    ctx.beginPath();
    trace(ctx, shape, lineWidth);
    ctx.stroke();
  }
  ctx.restore();
};
