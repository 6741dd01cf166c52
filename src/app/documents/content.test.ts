import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG_MAX_PIXELS, pngDeclaredSize, sniffContent } from './content.ts';
import { fileNameProblem } from './fileName.ts';
import { htmlFile, jpegFile, pdfFile, pngFile, zipFile } from '../../dev/documentFilesTesting.ts';

test('PDF, JPEG and PNG are recognised by their first bytes', () => {
  assert.deepEqual(sniffContent(pdfFile()), { ok: true, mediaType: 'application/pdf' });
  assert.deepEqual(sniffContent(jpegFile()), { ok: true, mediaType: 'image/jpeg' });
  assert.deepEqual(sniffContent(pngFile(20, 10)), { ok: true, mediaType: 'image/png' });
});

test('anything else is refused, whatever it is called: HTML, a zip, text, a PDF header not at the start', () => {
  for (const b of [htmlFile(), zipFile(), Buffer.from('just text'), Buffer.from(' %PDF-1.7'), Buffer.from([0xff, 0xd8]), Buffer.alloc(0)]) {
    assert.deepEqual(sniffContent(b), { ok: false, reason: 'type' });
  }
});

test('a PNG declaring 100,000 × 100,000 pixels is refused; the bound itself is accepted, one row more is not', () => {
  assert.deepEqual(sniffContent(pngFile(100_000, 100_000, { rows: false })), { ok: false, reason: 'pngTooLarge' });
  assert.deepEqual(sniffContent(pngFile(10_000, 10_000, { rows: false }).subarray(0, 33)), { ok: true, mediaType: 'image/png' });
  assert.equal(10_000 * 10_000, PNG_MAX_PIXELS);
  assert.deepEqual(sniffContent(pngFile(10_000, 10_001, { rows: false })), { ok: false, reason: 'pngTooLarge' });
});

test('a PNG signature without a valid IHDR (wrong CRC, zero width, bad depth, cut short) is refused', () => {
  const good = pngFile(4, 4);
  const badCrc = Buffer.from(good);
  badCrc[32] = badCrc[32]! ^ 0xff;
  assert.deepEqual(sniffContent(badCrc), { ok: false, reason: 'png' });
  assert.deepEqual(sniffContent(pngFile(0, 4)), { ok: false, reason: 'png' });
  assert.deepEqual(sniffContent(good.subarray(0, 20)), { ok: false, reason: 'png' });
  assert.equal(pngDeclaredSize(pngFile(3, 2))?.rawBytes, 2 * (1 + 3));
});

test('file names: a plain name passes; a path, "..", control characters or nothing do not', () => {
  for (const ok of ['Zeugnis.pdf', 'Reisepass Priya Sharma.jpg', 'Übersetzung (beglaubigt).PDF', 'a.b.c.png', 'ज़ेड.pdf']) assert.equal(fileNameProblem(ok), null, ok);
  for (const bad of ['../etc/passwd', 'docs/zeugnis.pdf', 'C:\\Users\\x.pdf', '..', 'a..pdf', 'x\u0000.pdf', 'line\nbreak.pdf', 'evil\u202Efdp.exe']) {
    assert.notEqual(fileNameProblem(bad), null, JSON.stringify(bad));
  }
  assert.equal(fileNameProblem('   '), 'required');
  assert.equal(fileNameProblem('a'.repeat(256)), 'tooLong');
  assert.equal(fileNameProblem('a'.repeat(255)), null);
});
