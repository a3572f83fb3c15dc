import type { Schemas } from '../../api';

/** A supplier of the cluster's directory: the api's own type. */
export type Supplier = Schemas['SupplierView'];
export interface SupplierFilters {
  category?: string;
  q?: string;
  lat?: string;
  lng?: string;
}
