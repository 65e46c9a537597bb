import type { PDFFont } from 'pdf-lib';

/**
 * Writing a font subset without waiting on timers.
 *
 * pdf-lib serialises a subset font through fontkit's `encodeStream()`, a browser stream whose `process.nextTick`
 * stand-in is `setTimeout(…, 0)`. Under Node every one of those ticks waits at least a millisecond, several times per
 * font, so most of the time spent "embedding fonts" was the process sitting idle. fontkit's `Subset.encode(stream)`
 * only needs something with restructure's write methods and a `pos`, so the subset is written synchronously into a
 * growing buffer instead. The bytes are the same (tests/unit/documents/subset.test.ts compares them).
 */

/** restructure's number types, with their sizes in bytes; each has a `write<Type>[BE|LE]` method. */
const NUMBER_TYPES: Record<string, number> = { UInt8: 1, UInt16: 2, UInt32: 4, Int8: 1, Int16: 2, Int32: 4, Float: 4, Double: 8 };

/** A growing byte buffer with the write methods restructure's encoders call. */
export class ByteWriter {
  pos = 0;
  private buffer: Buffer;

  constructor(initialSize = 64 * 1024) {
    this.buffer = Buffer.alloc(initialSize);
  }

  private ensure(bytes: number): void {
    if (this.pos + bytes <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.pos + bytes) size *= 2;
    const grown = Buffer.alloc(size);
    this.buffer.copy(grown, 0, 0, this.pos);
    this.buffer = grown;
  }

  writeBuffer(bytes: Uint8Array): number {
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.pos);
    return (this.pos += bytes.length);
  }

  writeString(text: string, encoding: string = 'ascii'): number {
    if (encoding === 'utf16be') {
      const bytes = Buffer.from(text, 'utf16le');
      for (let index = 0; index + 1 < bytes.length; index += 2) {
        const low = bytes[index] ?? 0;
        bytes[index] = bytes[index + 1] ?? 0;
        bytes[index + 1] = low;
      }
      return this.writeBuffer(bytes);
    }
    if (encoding !== 'ascii' && encoding !== 'utf8' && encoding !== 'utf16le' && encoding !== 'ucs2') {
      throw new Error(`A font table asked for text in the ${encoding} encoding, which Crossings does not write`);
    }
    return this.writeBuffer(Buffer.from(text, encoding));
  }

  writeUInt24BE(value: number): number {
    this.ensure(3);
    this.buffer[this.pos] = (value >>> 16) & 0xff;
    this.buffer[this.pos + 1] = (value >>> 8) & 0xff;
    this.buffer[this.pos + 2] = value & 0xff;
    return (this.pos += 3);
  }

  writeUInt24LE(value: number): number {
    this.ensure(3);
    this.buffer[this.pos] = value & 0xff;
    this.buffer[this.pos + 1] = (value >>> 8) & 0xff;
    this.buffer[this.pos + 2] = (value >>> 16) & 0xff;
    return (this.pos += 3);
  }

  writeInt24BE(value: number): number {
    return this.writeUInt24BE(value >= 0 ? value : value + 0xffffff + 1);
  }

  writeInt24LE(value: number): number {
    return this.writeUInt24LE(value >= 0 ? value : value + 0xffffff + 1);
  }

  fill(value: number, length: number): number {
    this.ensure(length);
    this.buffer.fill(value, this.pos, this.pos + length);
    return (this.pos += length);
  }

  /** Writes a number with one of Buffer's own fixed-size writers, named as restructure names them. */
  writeNumber(writerName: string, size: number, value: number): number {
    this.ensure(size);
    const write = (this.buffer as unknown as Record<string, ((value: number, offset: number) => number) | undefined>)[writerName];
    if (!write) throw new Error(`A font table asked for ${writerName}, which Crossings does not write`);
    write.call(this.buffer, value, this.pos);
    return (this.pos += size);
  }

  /** The bytes written so far (a copy, so the writer's buffer can be dropped). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buffer.subarray(0, this.pos));
  }
}

// The fixed-size number writers restructure calls by name (writeUInt16BE, writeInt32LE, writeFloatBE…).
for (const [type, size] of Object.entries(NUMBER_TYPES)) {
  const names = size === 1 ? [`write${type}`] : [`write${type}BE`, `write${type}LE`];
  for (const name of names) {
    Object.defineProperty(ByteWriter.prototype, name, {
      value(this: ByteWriter, value: number): number {
        return this.writeNumber(name, size, value);
      },
    });
  }
}

interface SubsetEncoder {
  encode(stream: ByteWriter): void;
}

interface SubsetEmbedder {
  subset?: SubsetEncoder;
  serializeFont?: () => Promise<Uint8Array>;
}

/** Encodes a fontkit subset into bytes, synchronously. */
export function encodeSubset(subset: SubsetEncoder): Uint8Array {
  const writer = new ByteWriter();
  subset.encode(writer);
  return writer.bytes();
}

/**
 * Makes a subset-embedded pdf-lib font serialise itself synchronously. Fonts embedded without subsetting have no
 * `subset` and are left as they are. Returns whether the font was switched.
 */
export function serialiseSubsetWithoutTimers(font: PDFFont): boolean {
  const embedder = (font as unknown as { embedder?: SubsetEmbedder }).embedder;
  const subset = embedder?.subset;
  if (!embedder || !subset || typeof subset.encode !== 'function') return false;
  embedder.serializeFont = () => Promise.resolve(encodeSubset(subset));
  return true;
}
