import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * @nestjs/config with our zod schema as its validator; the parsed, typed result is also
 * provided whole as APP_CONFIG so services read `config.PORT`, not strings.
 */
// Global by design: every module reads the configuration, so none has to import it.
@Global()
@Module({})
export class AppConfigModule {
  /** `overrides` lets tests and tools set values without touching process.env. */
  static forRoot(overrides: Partial<Record<string, string>> = {}): DynamicModule {
    const config = loadConfig({ ...process.env, ...overrides });
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true, isGlobal: true, validate: () => config })],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

export type { AppConfig };
