export * from './category.entity';
export * from './supplier-profile.entity';
export * from './supplier-category.entity';
export * from './hs-categories';
export * from './match-score';
export * from './match-reasons';
export * from './supplier-matcher';
export * from './categories.service';
export * from './supplier-profiles.service';
export * from './supplier-directory';
export * from './demo-suppliers';
export * from './suppliers.module';

export * from './tier-progress';
export * from './indicative-prices';
export * from './supplier-performance';
