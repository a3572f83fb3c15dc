import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '@hamkar/common';
import { DOCUMENT_KINDS } from '@hamkar/procurement';

// Multipart fields beside `file`; each route takes the kinds that make sense where it attaches.
export class NeedDocumentDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS.need, default: 'specification' })
  @Optional()
  @IsIn(DOCUMENT_KINDS.need)
  kind: (typeof DOCUMENT_KINDS.need)[number] = 'specification';
}

export class QuoteDocumentDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS.quote, default: 'certificate' })
  @Optional()
  @IsIn(DOCUMENT_KINDS.quote)
  kind: (typeof DOCUMENT_KINDS.quote)[number] = 'certificate';
}

export class DeliveryDocumentDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS.delivery, default: 'receipt' })
  @Optional()
  @IsIn(DOCUMENT_KINDS.delivery)
  kind: (typeof DOCUMENT_KINDS.delivery)[number] = 'receipt';
}
