// Where photos are kept: files under one directory (DATA_DIR/photos unless configured),
// each named by us (random, with the extension of what it turned out to be), never by the
// sender. What a file is comes from its first bytes, not from what the sender said it was:
// only JPEG, PNG, GIF, WebP and HEIC images are kept, up to a size limit.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The largest photo kept. Phone cameras write 2 to 6 MB. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

const KINDS: readonly { type: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', ext: 'png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/gif', ext: 'gif', test: (b) => /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1')) },
  { type: 'image/webp', ext: 'webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  {
    type: 'image/heic',
    ext: 'heic',
    test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && /^(?:heic|heix|mif1|msf1|hevc)$/.test(b.subarray(8, 12).toString('latin1')),
  },
];

/** What the bytes are, if they are an image we keep. */
export function sniffImage(bytes: Buffer): { type: string; ext: string } | null {
  const kind = KINDS.find((k) => bytes.length >= 12 && k.test(bytes));
  return kind ? { type: kind.type, ext: kind.ext } : null;
}

const FILE_NAME = /^[0-9a-f]{32}\.(?:jpg|png|gif|webp|heic)$/;

export class PhotoFiles {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  /** Keeps an image under a name of our own; null when the bytes are not an image we keep. */
  async save(bytes: Buffer): Promise<{ file: string; contentType: string } | null> {
    const kind = sniffImage(bytes);
    if (!kind || bytes.length > MAX_PHOTO_BYTES) return null;
    await mkdir(this.dir, { recursive: true });
    const file = `${randomBytes(16).toString('hex')}.${kind.ext}`;
    // Written aside and renamed, so a reader never sees half a photo.
    const temporary = join(this.dir, `.${file}.part`);
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, join(this.dir, file));
    return { file, contentType: kind.type };
  }

  /** A kept photo's bytes; only names this class gives out are read. */
  async read(file: string): Promise<Buffer> {
    if (!FILE_NAME.test(file)) throw new Error('not a photo file name');
    return readFile(join(this.dir, file));
  }
}
