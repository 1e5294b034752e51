import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './stats';

/**
 * Initial JavaScript of the inspector's routes: every script and modulepreload that
 * dist/index.html loads before any lazy route is opened, gzipped at level 9.
 */
export function initialJsRow(distDir: string): BenchRow {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const match of html.matchAll(
    /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g,
  )) {
    if (match[1]) refs.add(match[1]);
  }
  let gzipBytes = 0;
  for (const ref of refs)
    gzipBytes += gzipSync(readFileSync(join(distDir, ref.replace(/^\//, ''))), { level: 9 }).length;
  const kb = gzipBytes / 1024;
  return {
    name: `initial JS for the inspector's routes (${refs.size} files, gzip)`,
    value: `${kb.toFixed(1)} KB`,
    target: '≤ 200 KB',
    ok: kb <= 200,
  };
}
