import { ApiProperty } from '@nestjs/swagger';
import { cursor, uuid } from '../openapi-properties';

/* The answers of the supplier routes, for the OpenAPI document (see identity/views.ts). */

const decimal = (example: string) => ({ description: 'A decimal string.', example }) as const;

class CategoryNamesView {
  @ApiProperty() en: string;
  @ApiProperty({ type: String, nullable: true }) fa: string | null;
  @ApiProperty({ type: String, nullable: true }) az: string | null;
}

/** An HS 2022 category. */
export class CategoryView {
  @ApiProperty({ example: '5106' }) code: string;
  @ApiProperty({ description: "In the caller's language, English where ours is missing." }) name: string;
  @ApiProperty({ type: CategoryNamesView }) names: CategoryNamesView;
  @ApiProperty({ type: String, nullable: true, example: '51' }) parentCode: string | null;
  @ApiProperty({ description: 'Digits of the code: 2 a chapter, 4 a heading, 6 a subheading.', example: 4 }) level: number;
}

export class CategoryPage {
  @ApiProperty({ type: [CategoryView] }) items: CategoryView[];
  @ApiProperty(cursor) nextCursor: string | null;
}

/** An indicative price from a quantity on, shown beside the profile (not a quote). */
export class IndicativeTierView {
  @ApiProperty({ example: '5106' }) categoryCode: string;
  @ApiProperty(decimal('1000')) minQuantity: string;
  @ApiProperty(decimal('12.40')) unitPrice: string;
  @ApiProperty({ example: 'AZN' }) currency: string;
}

/** The supplier's record on the platform. */
class SupplierProfilePerformance {
  @ApiProperty() quotesSent: number;
  @ApiProperty() awardsWon: number;
  @ApiProperty() deliveriesOnTime: number;
  @ApiProperty() deliveriesInFull: number;
  @ApiProperty() deliveriesWithoutIssue: number;
  @ApiProperty() deliveriesTotal: number;
}

/** What a supplier can deliver, and where: the same in its own profile and in the cluster's directory. */
class SupplierCapacity {
  @ApiProperty(decimal('20000')) capacityPerMonth: string;
  @ApiProperty({ example: 'kg' }) unit: string;
  @ApiProperty(decimal('500')) minOrderQuantity: string;
  @ApiProperty() leadTimeDays: number;
  @ApiProperty() serviceRadiusKm: number;
  @ApiProperty() lat: number;
  @ApiProperty() lng: number;
  @ApiProperty({ type: [String] }) certifications: string[];
}

export class SupplierProfileView extends SupplierCapacity {
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty({ type: [String], example: ['5106', '3204'], description: 'HS codes, in order.' }) categories: string[];
  @ApiProperty({ type: [IndicativeTierView] }) priceTiers: IndicativeTierView[];
  @ApiProperty({ type: SupplierProfilePerformance }) performance: SupplierProfilePerformance;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

class SupplierDirectoryPerformance {
  @ApiProperty() deliveriesOnTime: number;
  @ApiProperty() deliveriesTotal: number;
}

/** A supplier of the cluster in its directory. */
export class SupplierView extends SupplierCapacity {
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty() city: string;
  @ApiProperty({ example: 'IR' }) country: string;
  @ApiProperty({ type: [String], description: 'HS codes, in order.' }) categories: string[];
  @ApiProperty({ type: SupplierDirectoryPerformance }) performance: SupplierDirectoryPerformance;
  @ApiProperty({ type: Number, nullable: true, description: 'From the asked point (lat, lng), in km to one decimal; null without one.' })
  distanceKm: number | null;
}

export class SupplierPage {
  @ApiProperty({ type: [SupplierView] }) items: SupplierView[];
  @ApiProperty(cursor) nextCursor: string | null;
}

export class SupplierMatchView {
  @ApiProperty(uuid) supplierOrganizationId: string;
  @ApiProperty({ description: 'Higher is a better fit.' }) score: number;
  @ApiProperty({ type: [String], description: "Why it matched, in the caller's language." }) reasons: string[];
}

export class SupplierMatchPage {
  @ApiProperty({ type: [SupplierMatchView], description: 'Best first.' }) items: SupplierMatchView[];
  @ApiProperty(cursor) nextCursor: string | null;
}
