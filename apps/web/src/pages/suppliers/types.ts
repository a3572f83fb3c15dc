export interface Supplier {
  organizationId: string;
  name: string;
  city: string;
  country: string;
  categories: string[];
  capacityPerMonth: string;
  unit: string;
  minOrderQuantity: string;
  leadTimeDays: number;
  serviceRadiusKm: number;
  certifications: string[];
  performance: { deliveriesOnTime: number; deliveriesTotal: number };
  distanceKm: number | null;
}
export interface SupplierFilters {
  category?: string;
  q?: string;
  lat?: string;
  lng?: string;
}
