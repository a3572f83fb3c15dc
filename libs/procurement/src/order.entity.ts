import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrderStatus } from './order-state';

/** What one participating firm buys from the awarded supplier: its share of the award, delivered to the need's place. */
@Entity('procurement_orders')
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  /** The buying firm. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'supplier_organization_id', type: 'uuid' })
  supplierOrganizationId: string;

  @Column({ type: 'numeric' })
  quantity: string;

  @Column({ name: 'unit_price', type: 'numeric' })
  unitPrice: string;

  @Column({ type: 'numeric' })
  amount: string;

  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'delivery_city', type: 'text' })
  deliveryCity: string;

  @Column({ name: 'delivery_lat', type: 'double precision' })
  deliveryLat: number;

  @Column({ name: 'delivery_lng', type: 'double precision' })
  deliveryLng: number;

  /** The award plus the quote's lead time: a delivery after this is late. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text', default: 'placed' })
  status: OrderStatus;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ name: 'amount_paid', type: 'numeric', default: 0 })
  amountPaid: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One delivery against an order, partial or whole, as the buying firm received it. */
@Entity('order_deliveries')
export class Delivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ type: 'numeric' })
  quantity: string;

  @Column({ name: 'delivered_on', type: 'timestamptz' })
  deliveredOn: Date;

  @Column({ name: 'quality_issue', type: 'text', nullable: true })
  qualityIssue: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

@Entity('order_payments')
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ type: 'numeric' })
  amount: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'paid_at', type: 'timestamptz' })
  paidAt: Date;
}
