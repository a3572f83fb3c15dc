import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ClustersModule } from '@hamkar/clusters';
import { IdentityModule } from '@hamkar/identity';
import { AuthController } from './auth.controller';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { MeController } from './me.controller';

@Module({
  imports: [PassportModule, IdentityModule, ClustersModule],
  controllers: [AuthController, MeController],
  providers: [JwtStrategy, LocalStrategy, { provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class IdentityHttpModule {}
