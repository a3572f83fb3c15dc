import { Injectable } from '@nestjs/common';
import type { StoredFile } from './stored-file.entity';

/** Whether `userId` may read `file` because of where it was attached (a message, a need, a quote...). */
export type FileReader = (userId: string, file: StoredFile) => Promise<boolean>;

/**
 * Each context that attaches files says who may read them; a file is readable when any of them
 * allows it. Files know nothing of channels or procurements, so no context depends on another here.
 */
@Injectable()
export class FileReaders {
  private readonly readers: FileReader[] = [];

  register(reader: FileReader): void {
    this.readers.push(reader);
  }

  async mayRead(userId: string, file: StoredFile): Promise<boolean> {
    for (const read of this.readers) if (await read(userId, file)) return true;
    return false;
  }
}
