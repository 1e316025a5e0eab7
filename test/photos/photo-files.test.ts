// What a photo is comes from its first bytes; only images we keep are kept, under names
// of our own, and only such names are ever read back.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, PhotoFiles, sniffImage } from '../../src/photos/photo-files.js';

const pad = (head: number[] | string) => Buffer.concat([typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head), Buffer.alloc(32)]);

describe('what a photo is', () => {
  it.each([
    ['image/jpeg', pad([0xff, 0xd8, 0xff, 0xe0])],
    ['image/png', pad([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['image/gif', pad('GIF89a')],
    ['image/webp', pad('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')],
    ['image/heic', pad('\u0000\u0000\u0000\u0018ftypheic')],
  ])('knows %s by its bytes', (type, bytes) => {
    expect(sniffImage(bytes)?.type).toBe(type);
  });

  it.each([
    ['HTML', pad('<html><script>')],
    ['SVG (can carry script)', pad('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['PDF', pad('%PDF-1.7')],
    ['a ZIP', pad([0x50, 0x4b, 0x03, 0x04])],
    ['nothing', Buffer.alloc(0)],
  ])('does not take %s for an image', (_name, bytes) => {
    expect(sniffImage(bytes)).toBeNull();
  });
});

describe('kept photos', () => {
  const files = () => new PhotoFiles(mkdtempSync(join(tmpdir(), 'doorstep-photos-')));

  it('keeps an image under a random name with its own extension, and reads it back', async () => {
    const store = files();
    const png = pad([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const a = await store.save(png);
    const b = await store.save(png);
    expect(a).toMatchObject({ contentType: 'image/png', file: expect.stringMatching(/^[0-9a-f]{32}\.png$/) });
    expect(a!.file).not.toBe(b!.file);
    expect((await store.read(a!.file)).equals(png)).toBe(true);
    expect(readdirSync(store.dir).sort()).toEqual([a!.file, b!.file].sort());
  });

  it('keeps nothing that is not an image, or is too large', async () => {
    const store = files();
    expect(await store.save(pad('<html>'))).toBeNull();
    const huge = Buffer.concat([pad([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(MAX_PHOTO_BYTES)]);
    expect(await store.save(huge)).toBeNull();
    expect(readdirSync(store.dir)).toEqual([]);
  });

  it('reads only names it gives out: no path from anyone else', async () => {
    const store = files();
    await expect(store.read('../../etc/passwd')).rejects.toThrow(/not a photo file name/);
    await expect(store.read('x.jpg')).rejects.toThrow(/not a photo file name/);
  });
});
