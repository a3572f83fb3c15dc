import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { Queues } from '@hamkar/jobs';
import { SystemController } from './system.controller';

@Module({ imports: [BullModule.registerQueue({ name: Queues.system })], controllers: [SystemController] })
export class SystemModule {}
