import { Controller, Get, Inject, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '@hamkar/common';
import { FilesService, Upload } from '@hamkar/messaging';
import { FileView } from '../files/views';
import { UserId } from '../identity/current-user.decorator';

@ApiTags('messaging')
@ApiBearerAuth()
@Controller()
export class FilesController {
  constructor(@Inject(FilesService) private readonly files: FilesService) {}

  @Post('clusters/:clusterId/files')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file'))
  @ApiCreatedResponse({ type: FileView, description: 'Stored, for now only for its uploader: attach it to a message by its id.' })
  upload(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @UploadedFile() file?: Upload): Promise<FileView> {
    return this.files.upload(userId, clusterId, file);
  }

  @Get('files/:fileId')
  async download(@UserId() userId: string, @UuidParam('fileId') fileId: string, @Res() res: Response) {
    const { file, stream } = await this.files.open(userId, fileId);
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Even opened directly, an upload runs nothing: no scripts, no plugins, its own origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    stream.pipe(res);
  }
}
