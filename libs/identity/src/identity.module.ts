import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { AuthService } from './auth.service';
import { accessTokenKey } from './secrets';
import { SECURITY_EVENTS, SecurityEventsRelay } from './security-events';
import { Sessions } from './sessions';
import { TokenIssuer } from './token-issuer';
import { UsersService } from './users.service';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [User, RefreshToken];

@Module({
  imports: [
    TypeOrmModule.forFeature(entities),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: accessTokenKey(config.JWT_SECRET),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AuthService,
    TokenIssuer,
    UsersService,
    Sessions,
    SecurityEventsRelay,
    { provide: SECURITY_EVENTS, useExisting: SecurityEventsRelay },
  ],
  exports: [AuthService, TokenIssuer, UsersService, Sessions, SecurityEventsRelay],
})
export class IdentityModule {}
