import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClustersModule } from '@hamkar/clusters';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { FileReaders } from './file-readers';
import { FILE_STORE, fileStoreFor } from './file-store';
import { StoredFiles } from './stored-files';
import { StoredFile } from './stored-file.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [StoredFile];

@Module({
  imports: [TypeOrmModule.forFeature(entities), ClustersModule],
  providers: [
    FileReaders,
    StoredFiles,
    { provide: FILE_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => fileStoreFor(config) },
  ],
  exports: [FileReaders, StoredFiles],
})
export class FilesModule {}
