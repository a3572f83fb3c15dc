import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class AppConfigModule {
  /** `overrides` lets tests and tools set values without touching process.env. */
  static forRoot(overrides: Partial<Record<string, string>> = {}): DynamicModule {
    const config = loadConfig({ ...process.env, ...overrides });
    return { module: AppConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

export type { AppConfig };
