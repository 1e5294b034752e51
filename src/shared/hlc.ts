/**
 * Hybrid logical clock (Kulkarni et al.): a timestamp that follows wall time when clocks are
 * sane and still orders events when a phone's clock is wrong or steps backwards. Encoded as a
 * fixed-width string so plain string comparison is the clock order:
 *   `${wallMs:15 digits}:${counter:5 base-36}:${node}`
 * Used for per-field last-writer-wins on the inspection header.
 */
export interface Hlc {
  wall: number;
  counter: number;
  node: string;
}

const COUNTER_MAX = 36 ** 5 - 1;

export const encodeHlc = ({ wall, counter, node }: Hlc): string =>
  `${String(wall).padStart(15, '0')}:${counter.toString(36).padStart(5, '0')}:${node}`;

export function decodeHlc(text: string): Hlc {
  const match = /^(\d{15}):([0-9a-z]{5}):(.+)$/.exec(text);
  if (!match) throw new Error(`not an HLC: ${text}`);
  return { wall: Number(match[1]), counter: parseInt(match[2] ?? '0', 36), node: match[3] ?? '' };
}

export const isHlc = (text: string): boolean => /^\d{15}:[0-9a-z]{5}:.+$/.test(text);

/** The next local timestamp after `last`, at wall time `nowMs`. */
export function tickHlc(last: Hlc | null, nowMs: number, node: string): Hlc {
  if (!last || nowMs > last.wall) return { wall: nowMs, counter: 0, node };
  if (last.counter >= COUNTER_MAX) return { wall: last.wall + 1, counter: 0, node };
  return { wall: last.wall, counter: last.counter + 1, node };
}

/** Merges a timestamp seen from elsewhere so the next local tick orders after it. */
export function receiveHlc(local: Hlc | null, remote: Hlc, nowMs: number, node: string): Hlc {
  const wall = Math.max(local?.wall ?? 0, remote.wall, nowMs);
  if (wall === nowMs && wall > (local?.wall ?? 0) && wall > remote.wall) return { wall, counter: 0, node };
  const localCounter = local && local.wall === wall ? local.counter : -1;
  const remoteCounter = remote.wall === wall ? remote.counter : -1;
  return { wall, counter: Math.max(localCounter, remoteCounter) + 1, node };
}
