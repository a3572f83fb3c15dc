import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { BadInput, NotFound } from '@hamkar/common';
import { ChannelAccessPolicy } from './channel-access';
import { servedAs, sniffContentType } from './file-content';
import { FILE_STORE, FileStore } from './file-store';
import { fileView } from './message-view';
import { StoredFile } from './stored-file.entity';

export interface Upload {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Uploads: the bytes in the file store by id (disk or S3), the database keeps who may see them. */
@Injectable()
export class FilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ChannelAccessPolicy,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  async upload(userId: string, clusterId: string, file: Upload | undefined) {
    await this.policy.authorize(userId, clusterId, 'file.upload');
    if (!file) throw new BadInput('No file in the request', [{ field: 'file', message: 'is required (multipart field "file")', code: 'input.required' }], { code: 'file.missing' });
    const name = (Buffer.from(file.originalname, 'latin1').toString('utf8') || 'file').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 255);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const mime = await sniffContentType(file.buffer, file.mimetype);
    const row = this.dataSource.getRepository(StoredFile).create({ clusterId, uploaderId: userId, name, size: String(file.size), mime, sha256 });
    const saved = await this.dataSource.transaction(async (manager) => {
      const s = await manager.save(StoredFile, row);
      // Stored inside the transaction: a failed write leaves no row pointing at nothing.
      await this.store.put(s.id, file.buffer, s.mime);
      return s;
    });
    return fileView(saved);
  }

  /**
   * A file attached to messages is for whoever may read one of those channels; one not attached
   * yet only for its uploader. Everyone else gets 404, as for a file that does not exist.
   */
  async open(userId: string, fileId: string): Promise<{ file: ReturnType<typeof fileView>; stream: Readable }> {
    const file = await this.dataSource.getRepository(StoredFile).findOneBy({ id: fileId });
    if (!file) throw new NotFound('file');
    await this.policy.requireMember(userId, file.clusterId, 'file');
    if (file.uploaderId !== userId) {
      const holders: Array<{ channel_id: string }> = await this.dataSource.query(`SELECT DISTINCT channel_id FROM messages WHERE attachment_ids @> ARRAY[$1]::uuid[] AND deleted_at IS NULL`, [fileId]);
      let allowed = false;
      for (const { channel_id } of holders) {
        if (await this.access.read(userId, channel_id).then(() => true, () => false)) {
          allowed = true;
          break;
        }
      }
      if (!allowed) throw new NotFound('file');
    }
    return { file: { ...fileView(file), mime: servedAs(file.mime) }, stream: await this.store.get(file.id) };
  }
}
