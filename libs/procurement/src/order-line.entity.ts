import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one order buys in one lot (orders of a need with lots list a line per lot won from their supplier). */
@Entity('order_lines')
export class OrderLine {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @PrimaryColumn({ name: 'lot_id', type: 'uuid' })
  lotId: string;

  @Column({ type: 'numeric' })
  quantity: string;

  @Column({ name: 'unit_price', type: 'numeric' })
  unitPrice: string;

  @Column({ type: 'numeric' })
  amount: string;
}
