import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const DOCUMENT_KINDS = {
  need: ['specification', 'other'],
  quote: ['certificate', 'price-list', 'other'],
  delivery: ['receipt', 'other'],
} as const;
export type AttachedTo = keyof typeof DOCUMENT_KINDS;
export type DocumentKind = (typeof DOCUMENT_KINDS)[AttachedTo][number];

/** An uploaded file attached to a need, to a supplier's quote or to a delivery; where it hangs decides who reads it. */
@Entity('procurement_documents')
export class ProcurementDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'procurement_id', type: 'uuid' })
  procurementId: string;

  @Column({ name: 'file_id', type: 'uuid' })
  fileId: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

  @Column({ name: 'attached_to', type: 'text' })
  attachedTo: AttachedTo;

  /**
   * On a quote: the supplier whose quote it belongs to, whichever version of the quote is current
   * (a replaced quote keeps its supplier's documents); sealed with the quotes until the opening.
   */
  @Column({ name: 'supplier_organization_id', type: 'uuid', nullable: true })
  supplierOrganizationId: string | null;

  @Column({ name: 'delivery_id', type: 'uuid', nullable: true })
  deliveryId: string | null;

  @Column({ name: 'attached_by', type: 'uuid' })
  attachedBy: string;

  @CreateDateColumn({ name: 'attached_at', type: 'timestamptz' })
  attachedAt: Date;
}
