import { ApiProperty } from '@nestjs/swagger';
import type { ServerPayload } from '@hamkar/realtime';

type Attachment = ServerPayload<'message:new'>['attachments'][number];

/*
 * An uploaded file as the routes show it (the upload's answer, a message's attachments), for the
 * OpenAPI document (see identity/views.ts). A message's socket payload carries the same shape
 * (`FilePayload`, libs/realtime/src/events.ts): the class must fit it, so the two cannot drift apart.
 */
export class FileView implements Attachment {
  @ApiProperty({ format: 'uuid', description: 'Downloaded at `GET /files/{fileId}`.' }) id: string;
  @ApiProperty({ example: 'price-list.pdf', description: 'As uploaded, without path separators or control characters.' }) name: string;
  @ApiProperty({ type: 'integer', description: 'Bytes.' }) size: number;
  @ApiProperty({ example: 'application/pdf', description: 'Read from the bytes, not from the name or the claimed type.' }) mime: string;
  @ApiProperty({ description: "The content's SHA-256, hex." }) sha256: string;
}
