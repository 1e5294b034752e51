import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The lint rule is the guard that keeps src/shared importable by both the PWA and the server.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

describe('the shared contract stays free of frameworks and I/O', () => {
  test.each([
    ["import { useState } from 'react';", 'react'],
    ["import Dexie from 'dexie';", 'dexie'],
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["import { db } from '../db/db';", 'the PWA database'],
  ])('%s is refused in src/shared (%s)', async (line) => {
    const ids = await ruleIdsFor(`${line}\nexport const x = 1;\n`, 'src/shared/example.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  test('DOM globals are refused in src/shared', async () => {
    const ids = await ruleIdsFor('export const lang = navigator.language;\n', 'src/shared/example.ts');
    expect(ids).toContain('no-restricted-globals');
  });

  test('the same imports are fine outside src/shared', async () => {
    const ids = await ruleIdsFor(
      "import { useState } from 'react';\nexport const x = useState;\n",
      'src/app/example.ts',
    );
    expect(ids).not.toContain('no-restricted-imports');
  });

  test('zod is allowed in src/shared', async () => {
    const ids = await ruleIdsFor(
      "import { z } from 'zod';\nexport const s = z.string();\n",
      'src/shared/example.ts',
    );
    expect(ids).toEqual([]);
  });
});
