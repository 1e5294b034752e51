/**
 * UUIDv7 (RFC 9562): 48-bit Unix-ms timestamp, version 7, 74 random bits. Ids made on
 * the phone are the idempotency keys of every record, and their time order keeps
 * indexes append-mostly. Within one millisecond a counter in the random bits keeps
 * ids from one generator strictly increasing.
 */
export type IdGenerator = () => string;

export const createUuidV7 = (
  now: () => number = Date.now,
  random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => void crypto.getRandomValues(b),
): IdGenerator => {
  let lastMs = -1;
  let counter = 0; // 12 bits in rand_a, reseeded each new millisecond
  return () => {
    const bytes = new Uint8Array(16);
    random(bytes);
    let ms = now();
    if (ms <= lastMs) {
      ms = lastMs;
      counter += 1;
      if (counter > 0xfff) {
        // Counter exhausted: borrow the next millisecond rather than repeat or go backwards.
        ms = lastMs + 1;
        counter = 0;
      }
    } else {
      counter = (bytes[6]! & 0x07) << 8; // random start, headroom to count up
    }
    lastMs = ms;
    for (let i = 5; i >= 0; i -= 1) {
      bytes[i] = ms % 256;
      ms = Math.floor(ms / 256);
    }
    bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
};

/** The app's one generator. */
export const newId: IdGenerator = createUuidV7();
