/**
 * Reproducible randomness for sample draws: the seed string is stored with the inspection, so the
 * same cartons are drawn on every device and an auditor can replay the draw. Never Math.random.
 */

/** cyrb53-style 53-bit string hash, split into four 32-bit words to seed sfc32. */
function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 0xdeadbeef ^ seed.length;
  let h2 = 0x41c6ce57 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    const ch = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0, (h1 ^ 0x9e3779b9) >>> 0, (h2 ^ 0x85ebca6b) >>> 0];
}

/** sfc32 generator; returns floats in [0, 1). */
export function seededRandom(seed: string): () => number {
  let [a, b, c, d] = hashSeed(seed);
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32 mixes weakly right after seeding.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Integer in [0, n) from a [0, 1) generator. */
export function randomInt(rand: () => number, n: number): number {
  return Math.floor(rand() * n);
}
