import { AllocationRow } from './allocation.entity';
import { Participation } from './participation.entity';
import { Procurement } from './procurement.entity';
import { Quote } from './quote.entity';

export * from './procurement.entity';
export * from './participation.entity';
export * from './quote.entity';
export * from './allocation.entity';
export * from './procurement-state';
export * from './price-tiers';
export * from './allocation';
export * from './procurements.service';
export * from './participations.service';
export * from './quotes.service';
export * from './award-procurement';
export * from './ocds-export';
export * from './procurement-matching';
export * from './ocds-release';
export * from './procurement.module';

export const procurementEntities = [Procurement, Participation, Quote, AllocationRow];
