// What an uploaded document may be: decided by its content alone, never by its name or the type the browser claims.
// Three kinds are accepted, each recognised by the signature it must start with:
//   PDF   "%PDF-"                         (ISO 32000-2 §7.5.2; a header later in the file is not accepted)
//   JPEG  FF D8 FF                        (SOI marker followed by the first marker's FF)
//   PNG   89 50 4E 47 0D 0A 1A 0A         (ISO/IEC 15948 §5.2), then the IHDR chunk, checked below
// Everything else (HTML renamed .pdf, a zip renamed .png, text, Office files) is refused. The check is hand-written
// rather than a sniffing library's: decision 017 says why.
//
// A PNG is also checked against decompression bombs: a few kilobytes of deflated zeros can declare an image of
// 100,000 × 100,000 pixels, which every viewer (the adviser's, the authority's) would try to allocate. The IHDR chunk,
// which must come first, declares width, height, bit depth and colour type; the decoded size they imply must stay
// within PNG_MAX_PIXELS and PNG_MAX_RAW_BYTES. A conforming decoder never produces more than IHDR declares, so
// bounding the declaration bounds the decoding.

import { crc32 } from 'node:zlib';

export type MediaType = 'application/pdf' | 'image/jpeg' | 'image/png';
export const MEDIA_TYPES: readonly MediaType[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** How many leading bytes the decision needs: the PNG signature (8) + IHDR's length, type, data and CRC (4+4+13+4). */
export const SNIFF_BYTES = 33;

/** An image larger than a 100-megapixel photograph is no scanned document. */
export const PNG_MAX_PIXELS = 100_000_000;
/** The decoded bytes (rows with their filter byte) a PNG may declare: 400 MB, 100 megapixels of 8-bit RGBA. */
export const PNG_MAX_RAW_BYTES = 400_000_000;

const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type ContentVerdict = { ok: true; mediaType: MediaType } | { ok: false; reason: 'type' | 'png' | 'pngTooLarge' };

/** Bits per sample allowed per colour type (ISO/IEC 15948 table 11.1), and samples per pixel. */
const PNG_COLOUR: Record<number, { depths: number[]; samples: number }> = {
  0: { depths: [1, 2, 4, 8, 16], samples: 1 },
  2: { depths: [8, 16], samples: 3 },
  3: { depths: [1, 2, 4, 8], samples: 1 },
  4: { depths: [8, 16], samples: 2 },
  6: { depths: [8, 16], samples: 4 },
};

/** The decoded size a PNG's IHDR declares, or why it is no PNG header. */
export function pngDeclaredSize(head: Uint8Array): { width: number; height: number; rawBytes: number } | null {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length < SNIFF_BYTES || !b.subarray(0, 8).equals(PNG)) return null;
  // the first chunk must be IHDR with 13 bytes of data and a correct CRC (over type and data)
  if (b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  if (crc32(b.subarray(12, 29)) !== b.readUInt32BE(29)) return null;
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const depth = b[24]!;
  const colour = PNG_COLOUR[b[25]!];
  const [compression, filter, interlace] = [b[26], b[27], b[28]];
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return null;
  if (colour === undefined || !colour.depths.includes(depth) || compression !== 0 || filter !== 0 || interlace! > 1) return null;
  // each row: one filter byte and the row's samples packed to whole bytes (computed in floating point: no overflow
  // below 2^53, and 2^31 × 2^31 × 8 stays far below what would lose the comparison with the bound)
  const rawBytes = height * (1 + Math.ceil((width * depth * colour.samples) / 8));
  return { width, height, rawBytes };
}

/** The verdict on the leading bytes of an upload (at least SNIFF_BYTES of them, or the whole file if shorter). */
export function sniffContent(head: Uint8Array): ContentVerdict {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.subarray(0, PDF.length).equals(PDF)) return { ok: true, mediaType: 'application/pdf' };
  if (b.subarray(0, JPEG.length).equals(JPEG)) return { ok: true, mediaType: 'image/jpeg' };
  if (b.subarray(0, PNG.length).equals(PNG)) {
    const size = pngDeclaredSize(b);
    if (size === null) return { ok: false, reason: 'png' };
    if (size.width * size.height > PNG_MAX_PIXELS || size.rawBytes > PNG_MAX_RAW_BYTES) return { ok: false, reason: 'pngTooLarge' };
    return { ok: true, mediaType: 'image/png' };
  }
  return { ok: false, reason: 'type' };
}

/** The file extension matching a media type, for a download whose original name lacks one. */
export const EXTENSION: Record<MediaType, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' };
