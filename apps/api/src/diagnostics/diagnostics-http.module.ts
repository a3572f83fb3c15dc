import { Module } from '@nestjs/common';
import { ClustersModule } from '@hamkar/clusters';
import { DiagnosticsModule } from '@hamkar/diagnostics';
import { DiagnosticsController } from './diagnostics.controller';

@Module({ imports: [DiagnosticsModule, ClustersModule], controllers: [DiagnosticsController] })
export class DiagnosticsHttpModule {}
