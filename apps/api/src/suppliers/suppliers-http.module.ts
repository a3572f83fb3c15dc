import { Module } from '@nestjs/common';
import { IdentityModule } from '@hamkar/identity';
import { ProcurementModule } from '@hamkar/procurement';
import { SuppliersModule } from '@hamkar/suppliers';
import { SuppliersController } from './suppliers.controller';

@Module({ imports: [SuppliersModule, ProcurementModule, IdentityModule], controllers: [SuppliersController] })
export class SuppliersHttpModule {}
