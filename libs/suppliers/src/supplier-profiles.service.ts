import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy, OrganizationsService } from '@hamkar/clusters';
import { dec, NotFound, RuleBroken } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Outbox } from '@hamkar/outbox';
import { CategoriesService } from './categories.service';
import { SupplierCategory } from './supplier-category.entity';
import { IndicativeTier, SupplierProfile } from './supplier-profile.entity';

export interface ProfileInput {
  categories: string[];
  capacityPerMonth: string;
  unit: string;
  minOrderQuantity: string;
  leadTimeDays: number;
  serviceRadiusKm: number;
  lat: number;
  lng: number;
  certifications: string[];
  priceTiers?: IndicativeTier[];
}

export const profileView = (p: SupplierProfile, categories: string[]) => ({
  organizationId: p.organizationId,
  categories,
  capacityPerMonth: dec(p.capacityPerMonth).toFixed(),
  unit: p.unit,
  minOrderQuantity: dec(p.minOrderQuantity).toFixed(),
  leadTimeDays: p.leadTimeDays,
  serviceRadiusKm: p.serviceRadiusKm,
  lat: p.lat,
  lng: p.lng,
  certifications: p.certifications,
  priceTiers: p.priceTiers,
  performance: {
    quotesSent: p.quotesSent,
    awardsWon: p.awardsWon,
    deliveriesOnTime: p.deliveriesOnTime,
    deliveriesInFull: p.deliveriesInFull,
    deliveriesWithoutIssue: p.deliveriesWithoutIssue,
    deliveriesTotal: p.deliveriesTotal,
  },
  updatedAt: p.updatedAt,
});

@Injectable()
export class SupplierProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly organizations: OrganizationsService,
    private readonly categories: CategoriesService,
    private readonly outbox: Outbox,
  ) {}

  async put(userId: string, organizationId: string, input: ProfileInput) {
    const org = await this.organizations.get(organizationId);
    if (!org || !(await this.policy.actsFor(userId, organizationId))) {
      if (org) await this.organizations.getVisible(userId, organizationId).then(() => this.policy.requireActsFor(userId, organizationId));
      throw new NotFound('organization');
    }
    if (org.kind !== 'supplier')
      throw new RuleBroken('Only organizations of kind "supplier" have a supplier profile', { code: 'supplier.not-a-supplier' });
    const codes = [...new Set(input.categories)];
    const tierCodes = (input.priceTiers ?? []).map((t) => t.categoryCode);
    const unknown = await this.categories.unknown([...new Set([...codes, ...tierCodes])]);
    if (unknown.length)
      throw new RuleBroken(
        `Unknown category codes: ${unknown.join(', ')}`,
        unknown.map((c) => ({
          field: 'categories',
          message: `${c} is not an HS 2022 code`,
          code: 'category.unknown',
          params: { code: c },
        })),
        { code: 'category.unknown', params: { codes: unknown.join(', ') } },
      );
    if (dec(input.minOrderQuantity).gt(input.capacityPerMonth))
      throw new RuleBroken(
        'minOrderQuantity cannot exceed capacityPerMonth',
        [{ field: 'minOrderQuantity', message: 'must not exceed capacityPerMonth', code: 'supplier.min-order-over-capacity' }],
        { code: 'supplier.min-order-over-capacity' },
      );
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        SupplierProfile,
        {
          organizationId,
          capacityPerMonth: input.capacityPerMonth,
          unit: input.unit,
          minOrderQuantity: input.minOrderQuantity,
          leadTimeDays: input.leadTimeDays,
          serviceRadiusKm: input.serviceRadiusKm,
          lat: input.lat,
          lng: input.lng,
          certifications: input.certifications,
          priceTiers: (input.priceTiers ?? []) as never,
          updatedAt: new Date(),
        },
        ['organizationId'],
      );
      await manager.delete(SupplierCategory, { organizationId });
      await manager.insert(
        SupplierCategory,
        codes.map((categoryCode) => ({ organizationId, categoryCode })),
      );
      // Open procurements this supplier could now serve (or no longer serve) are matched again.
      await this.outbox.add(manager, {
        queue: Queues.matching,
        name: 'supplier-changed',
        jobId: `supplier-changed-${organizationId}-${Date.now()}`,
        data: { organizationId },
      });
    });
    return this.get(userId, organizationId);
  }

  async get(userId: string, organizationId: string) {
    await this.organizations.getVisible(userId, organizationId);
    const profile = await this.dataSource.manager.findOneBy(SupplierProfile, { organizationId });
    if (!profile) throw new NotFound('supplier profile');
    const cats = await this.dataSource.manager.find(SupplierCategory, { where: { organizationId }, order: { categoryCode: 'ASC' } });
    return profileView(
      profile,
      cats.map((c) => c.categoryCode),
    );
  }
}
