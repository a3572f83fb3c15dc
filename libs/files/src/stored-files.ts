import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { BadInput, NotFound } from '@hamkar/common';
import { servedAs, sniffContentType } from './file-content';
import { FileReaders } from './file-readers';
import { FILE_STORE, FileStore } from './file-store';
import { fileView, FileView } from './file-view';
import { StoredFile } from './stored-file.entity';

/** A multipart upload as multer hands it over. */
export interface Upload {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export const noFile = () =>
  new BadInput('No file in the request', [{ field: 'file', message: 'is required (multipart field "file")', code: 'input.required' }], {
    code: 'file.missing',
  });

/** Uploads: the bytes in the file store by id (disk or S3), the database keeps who may see them. */
@Injectable()
export class StoredFiles {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly readers: FileReaders,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  /**
   * Keeps an upload, typed from its bytes, under a safe name. In the caller's transaction when it
   * attaches the file to something, so that a failure leaves neither a row nor an attachment.
   */
  async save(clusterId: string, uploaderId: string, file: Upload | undefined, manager?: EntityManager): Promise<StoredFile> {
    if (!file) throw noFile();
    const name = (Buffer.from(file.originalname, 'latin1').toString('utf8') || 'file').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 255);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const mime = await sniffContentType(file.buffer, file.mimetype);
    const row = this.dataSource.getRepository(StoredFile).create({ clusterId, uploaderId, name, size: String(file.size), mime, sha256 });
    const keep = async (m: EntityManager) => {
      const s = await m.save(StoredFile, row);
      // Stored inside the transaction: a failed write leaves no row pointing at nothing.
      await this.store.put(s.id, file.buffer, s.mime);
      return s;
    };
    return manager ? keep(manager) : this.dataSource.transaction(keep);
  }

  async byIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, StoredFile>> {
    const rows = ids.length ? await manager.findBy(StoredFile, { id: In(ids) }) : [];
    return new Map(rows.map((f) => [f.id, f]));
  }

  /**
   * Its uploader may always read a file; anyone else in its cluster only when a context that
   * attached it allows them. Everyone else gets 404, as for a file that does not exist.
   */
  async open(userId: string, fileId: string): Promise<{ file: FileView; stream: Readable }> {
    const file = await this.dataSource.getRepository(StoredFile).findOneBy({ id: fileId });
    if (!file) throw new NotFound('file');
    await this.policy.requireMember(userId, file.clusterId, 'file');
    if (file.uploaderId !== userId && !(await this.readers.mayRead(userId, file))) throw new NotFound('file');
    return { file: { ...fileView(file), mime: servedAs(file.mime) }, stream: await this.store.get(file.id) };
  }
}
