import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { FileReaders, fileView, FileView, StoredFiles, Upload } from '@hamkar/files';
import { ChannelAccessPolicy } from './channel-access';

export type { Upload } from '@hamkar/files';

/** Files for chat: uploaded by those who may speak, then attached to messages by id. */
@Injectable()
export class FilesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ChannelAccessPolicy,
    private readonly files: StoredFiles,
    private readonly readers: FileReaders,
  ) {}

  /** A file attached to messages is for whoever may read one of those channels. */
  onModuleInit() {
    this.readers.register(async (userId, file) => {
      const holders: Array<{ channel_id: string }> = await this.dataSource.query(
        `SELECT DISTINCT channel_id FROM messages WHERE attachment_ids @> ARRAY[$1]::uuid[] AND deleted_at IS NULL`,
        [file.id],
      );
      // One query for all the channels holding it, by the same rule as reading one of them.
      return (
        (
          await this.access.readableAmong(
            userId,
            holders.map((h) => h.channel_id),
          )
        ).size > 0
      );
    });
  }

  async upload(userId: string, clusterId: string, file: Upload | undefined) {
    await this.policy.authorize(userId, clusterId, 'file.upload');
    return fileView(await this.files.save(clusterId, userId, file));
  }

  /** One not attached yet is only for its uploader; everyone else gets 404, as for a file that does not exist. */
  open(userId: string, fileId: string): Promise<{ file: FileView; stream: Readable }> {
    return this.files.open(userId, fileId);
  }
}
