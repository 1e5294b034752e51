import { describe, expect, it } from 'vitest';
import { createUuidV7, newId } from '../../src/db/ids';
import { Id } from '../../src/shared/schema';

describe('UUIDv7 ids', () => {
  it('are valid RFC 9562 version 7 UUIDs', () => {
    const id = newId();
    expect(Id.safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('carry the millisecond timestamp in their first 48 bits', () => {
    const ms = Date.UTC(2026, 10, 20, 8, 30);
    const id = createUuidV7(() => ms)();
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });

  it('sort in creation order, even within one millisecond and when the clock steps back', () => {
    const times = [1000, 1000, 1000, 999, 1001, 1001, 500, 2000];
    let i = 0;
    const generate = createUuidV7(() => times[Math.min(i++, times.length - 1)]!);
    const ids = times.map(() => generate());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are unique over many calls', () => {
    const ids = Array.from({ length: 10_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
