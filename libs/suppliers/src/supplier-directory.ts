import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy, clusterSql } from '@hamkar/clusters';
import { normalizeForSearch } from '@hamkar/common';

export interface DirectoryQuery {
  category?: string;
  q?: string;
  lat?: number;
  lng?: number;
  limit: number;
}

/** A row of the directory's query, as pg gives it (numerics as text, float8 and int as numbers). */
interface DirectoryRow {
  id: string;
  name: string;
  city: string;
  country: string;
  capacity: string;
  unit: string;
  min_order: string;
  lead_time_days: number;
  service_radius_km: number;
  lat: number;
  lng: number;
  certifications: string[];
  deliveries_on_time: number;
  deliveries_total: number;
  distance_km: number | null;
  categories: string[] | null;
}

/** The suppliers of a cluster, filtered by what they sell (a heading matches its subheadings), text and distance. */
@Injectable()
export class SupplierDirectory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async list(userId: string, clusterId: string, q: DirectoryQuery) {
    await this.policy.authorize(userId, clusterId, 'supplier.read');
    const params: unknown[] = [clusterId];
    const where: string[] = [];
    if (q.category) {
      params.push(q.category);
      // A heading matches suppliers of its subheadings, and a subheading those listing its heading.
      where.push(
        `EXISTS (SELECT 1 FROM supplier_categories sc WHERE sc.organization_id = o.id AND (sc.category_code LIKE $${params.length} || '%' OR $${params.length} LIKE sc.category_code || '%'))`,
      );
    }
    if (q.q) {
      params.push(`%${normalizeForSearch(q.q).replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
      where.push(`(lower(o.name) LIKE lower($${params.length}) OR lower(o.city) LIKE lower($${params.length}))`);
    }
    const hasPoint = q.lat !== undefined && q.lng !== undefined;
    if (hasPoint) params.push(q.lat, q.lng);
    const distance = hasPoint
      ? `2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians($${params.length - 1} - p.lat) / 2), 2) + cos(radians(p.lat)) * cos(radians($${params.length - 1})) * power(sin(radians($${params.length} - p.lng) / 2), 2))))`
      : 'NULL::float8';
    params.push(q.limit);
    const rows: DirectoryRow[] = await this.dataSource.query(
      `SELECT o.id, o.name, o.city, o.country, p.capacity_per_month::text AS capacity, p.unit, p.min_order_quantity::text AS min_order, p.lead_time_days,
              p.service_radius_km, p.lat, p.lng, p.certifications, p.deliveries_on_time, p.deliveries_total, ${distance} AS distance_km,
              (SELECT array_agg(category_code ORDER BY category_code) FROM supplier_categories sc WHERE sc.organization_id = o.id) AS categories
         FROM ${clusterSql.organizationsIn('$1')} o JOIN supplier_profiles p ON p.organization_id = o.id
        WHERE ${['true', ...where].join(' AND ')}
        ORDER BY distance_km NULLS LAST, o.name, o.id
        LIMIT $${params.length}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        organizationId: r.id,
        name: r.name,
        city: r.city,
        country: r.country,
        categories: r.categories ?? [],
        capacityPerMonth: r.capacity,
        unit: r.unit,
        minOrderQuantity: r.min_order,
        leadTimeDays: r.lead_time_days,
        serviceRadiusKm: r.service_radius_km,
        lat: r.lat,
        lng: r.lng,
        certifications: r.certifications,
        performance: { deliveriesOnTime: r.deliveries_on_time, deliveriesTotal: r.deliveries_total },
        distanceKm: r.distance_km === null ? null : Math.round(Number(r.distance_km) * 10) / 10,
      })),
      nextCursor: null,
    };
  }
}
