// GitHub (2021) and npm (2021) tokens end in six base62 characters: the CRC32 of the
// 30 random characters before them, left-padded with zeros. A token that fails this was
// mistyped or invented, never issued.

const crcTable = buildCrcTable();

function buildCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let index = 0; index < 256; index++) {
    let value = index;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    table[index] = value >>> 0;
  }

  return table;
}

/** CRC-32 (IEEE 802.3 polynomial) of an ASCII string. */
export function crc32(value: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < value.length; index++) {
    crc = crcTable[(crc ^ value.charCodeAt(index)) & 0xff]! ^ (crc >>> 8);
  }

  return (crc ^ 0xffffffff) >>> 0;
}

const base62Digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 with the digits-upper-lower alphabet, zero-padded to six characters. */
export function toBase62(value: number): string {
  let text = '';
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62))
    text = base62Digits[rest % 62] + text;
  return text.padStart(6, '0');
}

/** True when the last six characters of `body` are the checksum of the ones before. */
export function hasValidTokenChecksum(body: string): boolean {
  const random = body.slice(0, -6);
  return toBase62(crc32(random)) === body.slice(-6);
}
