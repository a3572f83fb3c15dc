import { ApiProperty } from '@nestjs/swagger';
import { type AttachedTo, DOCUMENT_KINDS, type DocumentKind, ORDER_STATUSES, type OrderStatus } from '@hamkar/procurement';
import { nullableTime, nullableUuid, time, uuid, whole } from '../openapi-properties';
import { FileView } from '../files/views';
import { decimal } from './views';

/* The answers of the order and document routes (see views.ts). */

const PAYMENT_STATUSES = ['unpaid', 'partly-paid', 'paid'] as const;

export class OrderDeliveryView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(decimal) quantity: string;
  @ApiProperty(time) deliveredOn: Date;
  @ApiProperty({ type: String, nullable: true }) qualityIssue: string | null;
}

export class OrderPaymentView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(decimal) amount: string;
  @ApiProperty(time) paidAt: Date;
}

/** How the supplier did on the order, counted in its record once the firm confirms receipt. */
export class DeliveryRecordView {
  @ApiProperty() onTime: boolean;
  @ApiProperty() inFull: boolean;
  @ApiProperty() withoutIssue: boolean;
}

/** What an order on a need with lots buys in one lot. */
export class OrderLineView {
  @ApiProperty(uuid) lotId: string;
  @ApiProperty(whole) lotNumber: number;
  @ApiProperty() title: string;
  @ApiProperty({ example: '510610' }) categoryCode: string;
  @ApiProperty({ example: 'kg' }) unit: string;
  @ApiProperty(decimal) quantity: string;
  @ApiProperty(decimal) unitPrice: string;
  @ApiProperty(decimal) amount: string;
}

/** One participating firm's order with an awarded supplier. */
export class OrderView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) procurementId: string;
  @ApiProperty({ ...uuid, description: 'The buying firm.' }) organizationId: string;
  @ApiProperty(uuid) supplierOrganizationId: string;
  @ApiProperty(decimal) quantity: string;
  @ApiProperty(decimal) unitPrice: string;
  @ApiProperty(decimal) amount: string;
  @ApiProperty({ example: 'AZN' }) currency: string;
  @ApiProperty() deliveryCity: string;
  @ApiProperty() deliveryLat: number;
  @ApiProperty() deliveryLng: number;
  @ApiProperty(time) dueAt: Date;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty(nullableTime) acceptedAt: Date | null;
  @ApiProperty(nullableTime) receivedAt: Date | null;
  @ApiProperty(decimal) deliveredQuantity: string;
  @ApiProperty({ type: [OrderDeliveryView] }) deliveries: OrderDeliveryView[];
  @ApiProperty(decimal) amountPaid: string;
  @ApiProperty(decimal) amountDue: string;
  @ApiProperty({ enum: PAYMENT_STATUSES }) paymentStatus: (typeof PAYMENT_STATUSES)[number];
  @ApiProperty({ type: [OrderPaymentView] }) payments: OrderPaymentView[];
  @ApiProperty({ type: DeliveryRecordView, nullable: true, description: 'Once receipt is confirmed.' }) record: DeliveryRecordView | null;
  @ApiProperty({ type: [OrderLineView], description: 'Empty on a need without lots.' }) lines: OrderLineView[];
}

export class OrderList {
  @ApiProperty({ type: [OrderView] }) items: OrderView[];
}

const ALL_DOCUMENT_KINDS = [...new Set(Object.values(DOCUMENT_KINDS).flat())];

/** A document on the need, on a supplier's quote or on a delivery; downloaded at `GET /files/:id`. */
export class ProcurementDocumentView {
  @ApiProperty(uuid) id: string;
  @ApiProperty({ enum: ALL_DOCUMENT_KINDS }) kind: DocumentKind;
  @ApiProperty({ enum: Object.keys(DOCUMENT_KINDS) }) attachedTo: AttachedTo;
  @ApiProperty({ ...nullableUuid, description: "On a quote: its supplier's organization." }) supplierOrganizationId: string | null;
  @ApiProperty({ ...nullableUuid, description: 'On a delivery: its order.' }) orderId: string | null;
  @ApiProperty(nullableUuid) deliveryId: string | null;
  @ApiProperty({ type: FileView }) file: FileView;
  @ApiProperty(uuid) attachedBy: string;
  @ApiProperty(time) attachedAt: Date;
}

export class ProcurementDocumentList {
  @ApiProperty({ type: [ProcurementDocumentView] }) items: ProcurementDocumentView[];
}
