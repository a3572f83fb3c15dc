export interface Violation {
  rule: 'tables' | 'imports' | 'migrations' | 'owners' | 'allow-list';
  file: string;
  line: number;
  subject?: string;
  message: string;
}

export interface Allowance {
  file: string;
  rule: string;
  subject: string;
  why: string;
}

export interface BoundaryOptions {
  root: string;
  owners: Record<string, string[]>;
  publicEntries?: string[];
  allowed?: Allowance[];
  migrationsDir?: string;
  acceptedMigrationEdits?: Record<string, string>;
  scope?: string;
}

export interface BoundaryResult {
  violations: Violation[];
  allowed: Array<Violation & { why: string }>;
  files: number;
  landedMigrations: number;
  skipped?: string;
}

export function checkBoundaries(options: BoundaryOptions): BoundaryResult;
export function tablesInSql(sql: string): Set<string>;
export function contextOf(relative: string): string | null;
