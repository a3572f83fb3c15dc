import { Global, Module } from '@nestjs/common';
import { CategoriesService } from './categories.service';
import { IndicativePrices } from './indicative-prices';
import { SupplierPerformance } from './supplier-performance';
import { SupplierDirectory } from './supplier-directory';
import { SupplierMatcher } from './supplier-matcher';
import { SupplierProfilesService } from './supplier-profiles.service';

const services = [CategoriesService, IndicativePrices, SupplierPerformance, SupplierDirectory, SupplierMatcher, SupplierProfilesService];

@Global()
@Module({ providers: services, exports: services })
export class SuppliersModule {}
