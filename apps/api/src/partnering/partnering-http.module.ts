import { Module } from '@nestjs/common';
import { PartneringModule } from '@hamkar/partnering';
import { PartneringController } from './partnering.controller';
import { ShowcaseController } from './showcase.controller';

@Module({ imports: [PartneringModule], controllers: [PartneringController, ShowcaseController] })
export class PartneringHttpModule {}
