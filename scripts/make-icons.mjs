// Draws the app icons (a white check mark on a blue tile) and writes them as PNGs with
// nothing but node:zlib and a CRC32, so no image tooling is needed. Run once after a
// design change: `node scripts/make-icons.mjs`; the PNGs in public/icons are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [11, 92, 173];
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const encodePng = (size, rgba) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1)); // each row: filter byte 0 + pixels
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

const distanceToSegment = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};

// Shapes in unit coordinates (0..1). `glyphScale` shrinks the mark into the maskable safe zone.
const shade = (x, y, { rounded, glyphScale }) => {
  const r = rounded ? 0.18 : 0;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r && rounded) return null; // outside the rounded tile
  const gx = 0.5 + (x - 0.5) / glyphScale;
  const gy = 0.5 + (y - 0.5) / glyphScale;
  const check = [
    [0.24, 0.52],
    [0.43, 0.7],
    [0.77, 0.31],
  ];
  const d = Math.min(
    distanceToSegment(gx, gy, check[0], check[1]),
    distanceToSegment(gx, gy, check[1], check[2]),
  );
  return d < 0.075 ? WHITE : BLUE;
};

const render = (size, options) => {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = [0.25, 0.75];
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const sy of samples) {
        for (const sx of samples) {
          const colour = shade((x + sx) / size, (y + sy) / size, options);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      rgba.set(a ? [r / a, g / a, b / a, (255 * a) / 4] : [0, 0, 0, 0], i);
    }
  }
  return encodePng(size, rgba);
};

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', render(192, { rounded: true, glyphScale: 1 }));
writeFileSync('public/icons/icon-512.png', render(512, { rounded: true, glyphScale: 1 }));
// Maskable: full-bleed tile, mark inside the central 80% safe circle.
writeFileSync('public/icons/maskable-512.png', render(512, { rounded: false, glyphScale: 0.7 }));
console.log('wrote public/icons/{icon-192,icon-512,maskable-512}.png');
