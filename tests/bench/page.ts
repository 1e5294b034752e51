/**
 * Benchmarks that run inside Chromium against the app's own modules (served by Vite's dev
 * server from the repository): the durable defect tap and the photo downscale. The bench
 * driver (scripts/bench.ts) calls the functions this page puts on `window`.
 */
import { openQcDb } from '../../src/db/db';
import { addDefect } from '../../src/db/repositories/defects';
import { anInspection } from '../fixtures/records';

async function defectTaps(count: number): Promise<number[]> {
  const db = openQcDb(`bench-taps-${Date.now()}`);
  const inspection = anInspection();
  await db.inspections.put(inspection);
  const codes = ['FAB-001', 'FAB-011', 'STI-001', 'APP-003'];
  const severities = ['critical', 'major', 'minor'] as const;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    // Resolves after the IndexedDB transaction committed with strict durability.
    await addDefect(db, {
      inspectionId: inspection.id,
      code: codes[i % codes.length] ?? 'FAB-001',
      severity: severities[i % 3] ?? 'major',
    });
    times.push(performance.now() - started);
  }
  const outbox = await db.outbox.count();
  db.close();
  if (outbox !== count) throw new Error(`expected ${count} outbox entries, found ${outbox}`);
  return times;
}

/** A 4000 × 3000 (12 MP) JPEG with enough detail that the encoder does real work. */
async function twelveMegapixelJpeg(): Promise<File> {
  const canvas = new OffscreenCanvas(4000, 3000);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  for (let y = 0; y < 3000; y += 50) {
    for (let x = 0; x < 4000; x += 50) {
      context.fillStyle = `hsl(${(x * 7 + y * 3) % 360} 60% ${30 + ((x + y) % 40)}%)`;
      context.fillRect(x, y, 50, 50);
    }
  }
  context.fillStyle = '#fff';
  context.font = '120px sans-serif';
  context.fillText('QC 验货 4000×3000', 200, 1500);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  return new File([blob], 'twelve-mp.jpg', { type: 'image/jpeg' });
}

async function downscale(
  runs: number,
): Promise<{ times: number[]; inputBytes: number; outputBytes: number }> {
  const { capturePhoto } = await import('../../src/features/photos/capture');
  const file = await twelveMegapixelJpeg();
  const times: number[] = [];
  let outputBytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const captured = await capturePhoto(file);
    times.push(performance.now() - started);
    outputBytes = captured.bytes.byteLength;
  }
  return { times, inputBytes: file.size, outputBytes };
}

Object.assign(window, { bench: { defectTaps, downscale } });
document.title = 'bench ready';
