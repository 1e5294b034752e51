/** Percentiles and a one-line summary for benchmark samples (milliseconds). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export const summary = (samples: readonly number[]) => ({
  n: samples.length,
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  max: Math.max(...samples),
});

export interface BenchRow {
  name: string;
  value: string;
  target: string;
  ok: boolean;
}

export const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = ['| measure | result | target | met |', '| --- | --- | --- | --- |'];
  for (const row of rows)
    lines.push(`| ${row.name} | ${row.value} | ${row.target} | ${row.ok ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}
