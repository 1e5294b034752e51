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

/** Downscales the given camera JPEG (base64, made by tests/fixtures/make-test-jpeg.ts) `runs` times. */
async function downscale(
  runs: number,
  jpegBase64: string,
): Promise<{ times: number[]; inputBytes: number; outputBytes: number }> {
  const { capturePhoto } = await import('../../src/features/photos/capture');
  const bytes = Uint8Array.from(atob(jpegBase64), (char) => char.charCodeAt(0));
  const file = new File([bytes], 'twelve-mp.jpg', { type: 'image/jpeg' });
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
