import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Transform, type Readable, type TransformCallback } from 'node:stream';
import { createGunzip, createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';

/** The input file is not a readable Apple Health export; the message is one sentence a user can act on. */
export class ExportFormatError extends Error {
  override readonly name = 'ExportFormatError';
}

/** The export.xml byte stream of an upload, wherever it sits (zip entry, gzip, plain file), and its routes. */
export interface ExportInput {
  kind: 'zip' | 'gzip' | 'xml';
  xml: Readable;
  /** Bytes of the input file consumed so far (compressed bytes for zip and gzip). */
  bytesRead(): number;
  /** A `FileReference` path (`/workout-routes/route_….gpx`) as a stream, or null when the export lacks it. */
  openRoute(reference: string): Promise<Readable | null>;
  close(): void;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const EXPORT_ENTRY = 'apple_health_export/export.xml';
/** Larger pieces than the stream defaults: fewer parser calls and generator turns per megabyte. */
const PIECE_BYTES = 256 * 1024;

export async function exportFileSize(filePath: string): Promise<number> {
  return (await stat(filePath)).size;
}

/** Counts the bytes flowing through, for progress in bytes of the input file. */
function byteCounter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      onBytes(chunk.length);
      callback(null, chunk);
    },
  });
}

/**
 * Connects source → counter → (decoder) into one readable whose errors surface where the caller reads. Piping keeps
 * back-pressure end to end: while the caller does not read, nothing more is read from disk.
 */
function chain(
  streams: Array<Readable | Transform>,
  describe: (error: Error) => ExportFormatError,
): Readable {
  const out = new PassThrough({ highWaterMark: PIECE_BYTES });
  let previous: Readable = streams[0];
  for (const stream of streams) {
    stream.once('error', (error: Error) => out.destroy(describe(error)));
    if (stream !== previous) previous = previous.pipe(stream as Transform);
  }
  previous.pipe(out);
  const destroy = out.destroy.bind(out);
  out.destroy = (error?: Error) => {
    for (const stream of streams) stream.destroy();
    return destroy(error);
  };
  return out;
}

async function magicBytes(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function openExportInput(filePath: string): Promise<ExportInput> {
  const magic = await magicBytes(filePath);
  if (magic.length === 0) throw new ExportFormatError('The file is empty.');
  if (magic.subarray(0, 4).equals(ZIP_MAGIC)) return openZip(filePath);
  if (magic.subarray(0, 2).equals(GZIP_MAGIC)) return openCompressedXml(filePath);
  return openPlainXml(filePath);
}

function openCompressedXml(filePath: string): ExportInput {
  let consumed = 0;
  const xml = chain(
    [
      createReadStream(filePath),
      byteCounter((n) => (consumed += n)),
      createGunzip({ chunkSize: PIECE_BYTES }),
    ],
    () => new ExportFormatError('The gzip file is truncated or damaged and cannot be decompressed.'),
  );
  return {
    kind: 'gzip',
    xml,
    bytesRead: () => consumed,
    openRoute: () => Promise.resolve(null),
    close: () => xml.destroy(),
  };
}

/** A plain export.xml may sit in its unpacked export folder, with workout-routes/ beside it. */
function openPlainXml(filePath: string): ExportInput {
  let consumed = 0;
  const xml = chain(
    [createReadStream(filePath, { highWaterMark: PIECE_BYTES }), byteCounter((n) => (consumed += n))],
    (error) => new ExportFormatError(`The file cannot be read: ${error.message}.`),
  );
  const folder = path.resolve(path.dirname(filePath));
  return {
    kind: 'xml',
    xml,
    bytesRead: () => consumed,
    async openRoute(reference) {
      const target = path.resolve(folder, `.${path.posix.normalize(`/${reference}`)}`);
      if (!target.startsWith(folder + path.sep)) return null;
      try {
        await stat(target);
      } catch {
        return null;
      }
      return createReadStream(target);
    },
    close: () => xml.destroy(),
  };
}

function zipDamaged(): ExportFormatError {
  return new ExportFormatError('The zip file is truncated or damaged and cannot be read.');
}

async function openZip(filePath: string): Promise<ExportInput> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(filePath, { lazyEntries: true, autoClose: false, strictFileNames: false });
  } catch {
    throw zipDamaged();
  }
  try {
    // The central directory lists every entry without reading any file data: find export.xml and index the routes.
    let exportEntry: yauzl.Entry | null = null;
    const routes = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        const name = entry.fileName;
        if (name === EXPORT_ENTRY || (exportEntry === null && /(^|\/)export\.xml$/i.test(name)))
          exportEntry = entry;
        else if (/\.gpx$/i.test(name)) routes.set(name, entry);
      }
    } catch {
      throw zipDamaged();
    }
    if (!exportEntry) throw new ExportFormatError(`The zip holds no ${EXPORT_ENTRY}.`);
    if (exportEntry.isEncrypted()) throw new ExportFormatError('The export.xml in the zip is encrypted.');
    if (exportEntry.compressionMethod !== 0 && exportEntry.compressionMethod !== 8) {
      throw new ExportFormatError('The export.xml in the zip uses a compression method other than deflate.');
    }
    const exportFolder = path.posix.dirname(exportEntry.fileName);
    const openEntry = async (entry: yauzl.Entry): Promise<Array<Readable | Transform>> => {
      let raw: Readable;
      try {
        raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
      } catch {
        throw zipDamaged();
      }
      return entry.compressionMethod === 8 ? [raw, createInflateRaw({ chunkSize: PIECE_BYTES })] : [raw];
    };

    let consumed = 0;
    const [raw, ...decoders] = await openEntry(exportEntry);
    const xml = chain([raw, byteCounter((n) => (consumed += n)), ...decoders], zipDamaged);
    return {
      kind: 'zip',
      xml,
      bytesRead: () => consumed,
      async openRoute(reference) {
        const relative = path.posix.normalize(`/${reference}`).slice(1);
        const entry =
          routes.get(exportFolder === '.' ? relative : `${exportFolder}/${relative}`) ?? routes.get(relative);
        if (!entry || entry.isEncrypted() || ![0, 8].includes(entry.compressionMethod)) return null;
        return chain(await openEntry(entry), zipDamaged);
      },
      close() {
        xml.destroy();
        zip.close();
      },
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
