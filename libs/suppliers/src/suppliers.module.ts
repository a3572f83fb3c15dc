import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClustersModule } from '@hamkar/clusters';
import { OutboxModule } from '@hamkar/outbox';
import { CategoriesService } from './categories.service';
import { IndicativePrices } from './indicative-prices';
import { SupplierPerformance } from './supplier-performance';
import { SupplierDirectory } from './supplier-directory';
import { SupplierMatcher } from './supplier-matcher';
import { SupplierProfilesService } from './supplier-profiles.service';
import { Category } from './category.entity';
import { SupplierCategory } from './supplier-category.entity';
import { SupplierProfile } from './supplier-profile.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Category, SupplierProfile, SupplierCategory];

const services = [CategoriesService, IndicativePrices, SupplierPerformance, SupplierDirectory, SupplierMatcher, SupplierProfilesService];

@Module({ imports: [TypeOrmModule.forFeature(entities), ClustersModule, OutboxModule], providers: services, exports: services })
export class SuppliersModule {}
