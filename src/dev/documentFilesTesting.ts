// Files for the upload tests (issue 14): small real PDF, JPEG and PNG files, and the ones that must be refused (HTML
// renamed .pdf, a zip renamed .png, a PNG header declaring 100,000 × 100,000 pixels).

import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of width × height pixels, 8-bit greyscale; `rows` false: only the header and an empty IDAT (a "bomb" needs no pixels to declare them). */
export function pngFile(width: number, height: number, opts: { rows?: boolean } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = opts.rows === false ? Buffer.alloc(0) : Buffer.alloc(height * (width + 1), 0);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal one-page PDF. */
export function pdfFile(text = 'Zeugnis'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

/** The start of a JPEG (SOI, an APP0/JFIF segment) and its end marker: enough for the signature. */
export function jpegFile(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'), Buffer.alloc(64, 0x20), Buffer.from([0xff, 0xd9])]);
}

/** An HTML page (what a renamed .pdf may really be). */
export function htmlFile(): Buffer {
  return Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n', 'utf8');
}

/** The local file header of a zip archive, then deflated zeros (a zip bomb's start). */
export function zipFile(): Buffer {
  const header = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
  return Buffer.concat([header, Buffer.alloc(20, 0), Buffer.from('bomb.png', 'latin1'), deflateSync(Buffer.alloc(1024 * 1024, 0))]);
}

/** A buffer as a stream of chunks of `size` bytes (as a multipart parser hands them on). */
export async function* chunksOf(b: Buffer, size = 16 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}
