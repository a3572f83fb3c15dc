import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG, AppConfig } from '@hamkar/common';

/** Multipart uploads for any controller that takes a file: one file a request, in memory, at most MAX_UPLOAD_BYTES. */
export const UploadsModule = MulterModule.registerAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({ storage: memoryStorage(), limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 1 } }),
});
