import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AppError } from '../../common/errors/app-error.js';
import { fileNameOf } from './imports.service.js';
import { sniffFormat, spoolUpload } from './upload-spool.js';

async function spool(parts: Buffer[], headers: Record<string, string> = {}, limit = 1024) {
  const dir = await mkdtemp(path.join(tmpdir(), 'wearbridge-spool-'));
  try {
    const file = await spoolUpload({ stream: Readable.from(parts), headers }, { dir, name: 'x', limit });
    return { ...file, text: (await readFile(file.path)).toString('utf8'), left: await readdir(dir) };
  } catch (error) {
    return { error: error as AppError, left: await readdir(dir) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('sniffFormat', () => {
  it('tells zip, gzip and XML (with a BOM or leading blanks) from anything else', () => {
    expect(sniffFormat(Buffer.from('PK\x03\x04rest'))).toBe('zip');
    expect(sniffFormat(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(sniffFormat(Buffer.from('\ufeff \n<?xml'))).toBe('xml');
    expect(sniffFormat(Buffer.from('type,value\n'))).toBeNull();
    expect(sniffFormat(Buffer.alloc(0))).toBeNull();
  });
});

describe('spoolUpload', () => {
  it('writes the decoded bytes, split anywhere, and hashes them', async () => {
    const result = await spool([Buffer.from('<Hea'), Buffer.from('lthData/>')]);
    expect(result).toMatchObject({ format: 'xml', bytes: 13, text: '<HealthData/>' });
    const gzipped = await spool([zlib.gzipSync('<HealthData/>')], { 'content-encoding': 'gzip' });
    expect(gzipped).toMatchObject({
      format: 'xml',
      bytes: 13,
      sha256: (result as { sha256: Buffer }).sha256,
    });
  });

  it.each([
    ['an empty body', [], {}, 400, 'empty'],
    ['a CSV', [Buffer.from('type,value,unit\n1,2,3\n')], {}, 415, 'neither a zip nor an XML'],
    ['a body past the limit', [Buffer.alloc(2000, 0x3c)], {}, 413, '1024 bytes'],
    ['a declared length past the limit', [Buffer.from('<a/>')], { 'content-length': '5000' }, 413, 'limit'],
    [
      'a corrupt gzip',
      [Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7])],
      { 'content-encoding': 'gzip' },
      400,
      'corrupt',
    ],
    ['an unknown encoding', [Buffer.from('<a/>')], { 'content-encoding': 'zstd' }, 415, 'zstd'],
  ])('refuses %s and leaves no file', async (_what, parts, headers, status, detail) => {
    const result = await spool(parts as Buffer[], headers as Record<string, string>);
    expect('error' in result && result.error?.status).toBe(status);
    expect('error' in result && result.error?.detail).toContain(detail);
    expect(result.left).toEqual([]);
  });
});

describe('fileNameOf', () => {
  it('keeps the file name of a Content-Disposition, without any path', () => {
    expect(fileNameOf('attachment; filename="export.zip"')).toBe('export.zip');
    expect(fileNameOf("attachment; filename*=UTF-8''J%C3%BCrgen%20export.zip")).toBe('Jürgen export.zip');
    expect(fileNameOf('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameOf(undefined)).toBeNull();
    expect(fileNameOf('attachment; filename="\u0000"')).toBeNull();
  });
});
