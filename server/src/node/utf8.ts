// UTF-8 decoding that refuses bad bytes instead of replacing them, and says where the first one is.

import { readerPositionAtEnd } from "../core/text";

const STRICT = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number; byteOffset: number };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: STRICT.decode(bytes) };
  } catch {
    const byteOffset = firstInvalidByte(bytes);
    // The text before the bad byte is valid, so it gives the line and column a person can look at.
    const { line, column } = readerPositionAtEnd(STRICT.decode(bytes.subarray(0, byteOffset)));
    return { ok: false, byteOffset, line, column };
  }
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0; // no overlong forms
      if (b === 0xed) high = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
