import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { FileReaders } from './file-readers';
import { FILE_STORE, fileStoreFor } from './file-store';
import { StoredFiles } from './stored-files';

@Global()
@Module({
  providers: [FileReaders, StoredFiles, { provide: FILE_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => fileStoreFor(config) }],
  exports: [FileReaders, StoredFiles],
})
export class FilesModule {}
