import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { clusterSql } from '@hamkar/clusters';
import { byScore, daysUntil, MatchNeed, scoreCandidate, SupplierMatch } from './match-score';

/** The codes a supplier may list to cover `code`: the code itself and its heading and chapter. */
export const coveringCodes = (code: string) =>
  [code.slice(0, 2), code.slice(0, 4), code.slice(0, 6)].filter((c, i, all) => c.length >= 2 && all.indexOf(c) === i && code.startsWith(c));

/**
 * Candidates by SQL with every hard constraint (see isFeasible for the same rules in code), then
 * the documented score in code. Hard constraints are never traded for score: a supplier that
 * fails one is not a candidate at all.
 */
@Injectable()
export class SupplierMatcher {
  constructor(private readonly dataSource: DataSource) {}

  async rank(need: MatchNeed, limit = 50, now = new Date()): Promise<SupplierMatch[]> {
    const days = daysUntil(need.neededBy, now);
    const rows: Array<Record<string, string | number>> = await this.dataSource.query(
      // Plan shape matters at 100k profiles: the few category rows drive primary-key lookups of
      // their profiles (OFFSET 0 keeps the LATERAL from being flattened into a full-table hash
      // join), and cluster membership is checked only for the survivors.
      `WITH candidate AS MATERIALIZED (
         SELECT p.organization_id, sc.category_code, p.capacity_per_month::text AS capacity, p.min_order_quantity::text AS min_order,
                p.lead_time_days, p.service_radius_km, p.deliveries_on_time, p.deliveries_in_full, p.deliveries_without_issue,
                p.deliveries_total, p.awards_won,
                2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians($4 - p.lat) / 2), 2)
                  + cos(radians(p.lat)) * cos(radians($4)) * power(sin(radians($5 - p.lng) / 2), 2)))) AS distance_km
           FROM (SELECT DISTINCT ON (organization_id) organization_id, category_code
                   FROM supplier_categories WHERE category_code = ANY($1)
                  ORDER BY organization_id, length(category_code) DESC) sc
           CROSS JOIN LATERAL (
                 SELECT * FROM supplier_profiles p
                  WHERE p.organization_id = sc.organization_id
                    AND p.unit = $3 AND p.min_order_quantity <= $2 AND p.capacity_per_month >= $2 AND p.lead_time_days <= $6
                    AND abs(p.lat - $4) <= p.service_radius_km / 111.0
                 OFFSET 0) p
       )
       SELECT * FROM candidate c
        WHERE c.distance_km <= c.service_radius_km
          AND ${clusterSql.takesPart('$7', 'c.organization_id', 'supplier')}`,
      [coveringCodes(need.categoryCode), need.quantity, need.unit, need.deliveryLat, need.deliveryLng, days, need.clusterId],
    );
    return rows
      .map((r) =>
        scoreCandidate(
          {
            organizationId: String(r.organization_id),
            categoryCode: String(r.category_code),
            capacityPerMonth: String(r.capacity),
            minOrderQuantity: String(r.min_order),
            leadTimeDays: Number(r.lead_time_days),
            serviceRadiusKm: Number(r.service_radius_km),
            distanceKm: Number(r.distance_km),
            deliveriesOnTime: Number(r.deliveries_on_time),
            deliveriesInFull: Number(r.deliveries_in_full),
            deliveriesWithoutIssue: Number(r.deliveries_without_issue),
            deliveriesTotal: Number(r.deliveries_total),
            awardsWon: Number(r.awards_won),
          },
          need,
          now,
        ),
      )
      .sort(byScore)
      .slice(0, limit);
  }
}
