import { Entity, PrimaryColumn } from 'typeorm';

@Entity('supplier_categories')
export class SupplierCategory {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'category_code', type: 'text' })
  categoryCode: string;
}
