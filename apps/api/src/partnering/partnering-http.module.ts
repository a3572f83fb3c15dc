import { Module } from '@nestjs/common';
import { PartneringController } from './partnering.controller';
import { ShowcaseController } from './showcase.controller';

@Module({ controllers: [PartneringController, ShowcaseController] })
export class PartneringHttpModule {}
