export * from './stored-file.entity';
export * from './file-content';
export * from './file-view';
export * from './file-readers';
export * from './stored-files';
export * from './files.module';
