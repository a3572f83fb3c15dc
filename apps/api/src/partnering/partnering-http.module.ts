import { Module } from '@nestjs/common';
import { PartneringController } from './partnering.controller';

@Module({ controllers: [PartneringController] })
export class PartneringHttpModule {}
