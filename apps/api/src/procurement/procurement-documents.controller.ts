import { Body, Controller, Get, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@hamkar/common';
import type { Upload } from '@hamkar/files';
import { DOCUMENT_KINDS, ProcurementDocuments } from '@hamkar/procurement';
import { UserId } from '../identity/current-user.decorator';
import { DeliveryDocumentDto, NeedDocumentDto, QuoteDocumentDto } from './documents.dto';
import { ProcurementDocumentList, ProcurementDocumentView } from './order-views';

const upload = (kinds: readonly string[]) =>
  ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' }, kind: { type: 'string', enum: [...kinds] } },
    },
  });

@ApiTags('procurement')
@ApiBearerAuth()
@Controller()
export class ProcurementDocumentsController {
  constructor(private readonly documents: ProcurementDocuments) {}

  @Get('procurements/:id/documents')
  @ApiOperation({
    summary: "The documents the caller may read: the need's, the quotes' (sealed until the opening), the deliveries' (their parties')",
  })
  @ApiOkResponse({ type: ProcurementDocumentList })
  list(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProcurementDocumentList> {
    return this.documents.list(userId, id);
  }

  @Post('procurements/:id/documents')
  @ApiOperation({ summary: 'The organiser attaches a specification to the need until quoting closes; downloaded at GET /files/:fileId' })
  @ApiConsumes('multipart/form-data')
  @upload(DOCUMENT_KINDS.need)
  @UseInterceptors(FileInterceptor('file'))
  @ApiCreatedResponse({ type: ProcurementDocumentView })
  attachToNeed(
    @UserId() userId: string,
    @UuidParam('id') id: string,
    @Body() dto: NeedDocumentDto,
    @UploadedFile() file?: Upload,
  ): Promise<ProcurementDocumentView> {
    return this.documents.attachToNeed(userId, id, dto.kind, file);
  }

  @Post('quotes/:id/documents')
  @ApiOperation({ summary: "The quote's supplier attaches a certificate or price list while quoting, sealed like the quote" })
  @ApiConsumes('multipart/form-data')
  @upload(DOCUMENT_KINDS.quote)
  @UseInterceptors(FileInterceptor('file'))
  @ApiCreatedResponse({ type: ProcurementDocumentView })
  attachToQuote(
    @UserId() userId: string,
    @UuidParam('id') id: string,
    @Body() dto: QuoteDocumentDto,
    @UploadedFile() file?: Upload,
  ): Promise<ProcurementDocumentView> {
    return this.documents.attachToQuote(userId, id, dto.kind, file);
  }

  @Post('orders/:id/deliveries/:deliveryId/documents')
  @ApiOperation({ summary: 'Either party to the order attaches a receipt or delivery note to one of its deliveries' })
  @ApiConsumes('multipart/form-data')
  @upload(DOCUMENT_KINDS.delivery)
  @UseInterceptors(FileInterceptor('file'))
  @ApiCreatedResponse({ type: ProcurementDocumentView })
  attachToDelivery(
    @UserId() userId: string,
    @UuidParam('id') id: string,
    @UuidParam('deliveryId') deliveryId: string,
    @Body() dto: DeliveryDocumentDto,
    @UploadedFile() file?: Upload,
  ): Promise<ProcurementDocumentView> {
    return this.documents.attachToDelivery(userId, id, deliveryId, dto.kind, file);
  }
}
