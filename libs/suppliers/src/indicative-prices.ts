import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SupplierProfile } from './supplier-profile.entity';
import { TierProgress, tierProgress } from './tier-progress';

@Injectable()
export class IndicativePrices {
  constructor(private readonly dataSource: DataSource) {}

  /** Tier progress under the indicative tiers of these (matched) suppliers. */
  async progress(supplierOrganizationIds: string[], categoryCode: string, currency: string, quantity: string): Promise<TierProgress> {
    const profiles = supplierOrganizationIds.length
      ? await this.dataSource.getRepository(SupplierProfile).findBy({ organizationId: In(supplierOrganizationIds) })
      : [];
    return tierProgress(
      profiles.map((p) => ({ supplierOrganizationId: p.organizationId, tiers: p.priceTiers })),
      categoryCode,
      currency,
      quantity,
    );
  }
}
