import { Module } from '@nestjs/common';
import { AppConfigModule } from '@hamkar/common';
import { contextModules } from '@hamkar/contexts';
import { DatabaseModule } from '@hamkar/database';
import { DemoActivity } from './demo-activity';
import { DemoDevelopment } from './demo-development';
import { DemoSeed } from './demo-seed';

@Module({
  imports: [AppConfigModule.forRoot(), DatabaseModule, ...contextModules()],
  providers: [DemoSeed, DemoActivity, DemoDevelopment],
})
export class DemoModule {}
