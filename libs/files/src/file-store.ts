import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { AppConfig } from '@hamkar/common';

/** Where the bytes of uploads live; the database keeps who may see them. */
export interface FileStore {
  put(id: string, content: Buffer, mime: string): Promise<void>;
  get(id: string): Promise<Readable>;
}

export const FILE_STORE = Symbol('FileStore');

/** One file per id under a directory: the default, and enough for one api node. */
export class DiskFileStore implements FileStore {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  async put(id: string, content: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, id), content);
  }

  async get(id: string): Promise<Readable> {
    return createReadStream(join(this.dir, id));
  }
}

/** A bucket of any S3-compatible store, so that several api nodes share one set of files. */
export class S3FileStore implements FileStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async put(id: string, content: Buffer, mime: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: id, Body: content, ContentType: mime }));
  }

  async get(id: string): Promise<Readable> {
    try {
      const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: id }));
      return Body as Readable;
    } catch (e) {
      // The row exists but the object does not: the same empty answer a missing file on disk gives.
      if (e instanceof NoSuchKey) return Readable.from([]);
      throw e;
    }
  }
}

export function fileStoreFor(config: AppConfig): FileStore {
  if (config.FILES_STORE === 'disk') return new DiskFileStore(config.FILES_DIR);
  const s3 = new S3Client({
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials: { accessKeyId: config.S3_ACCESS_KEY_ID!, secretAccessKey: config.S3_SECRET_ACCESS_KEY! },
    // Checksums only where S3 requires them: many S3-compatible stores reject the newer headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return new S3FileStore(s3, config.S3_BUCKET!);
}
