import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { AuthService } from './auth.service';
import { TokenIssuer } from './token-issuer';
import { UsersService } from './users.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject, not the string: jsonwebtoken would rebuild the key on every token (see JwtStrategy).
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.JWT_SECRET)), signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
    }),
  ],
  providers: [AuthService, TokenIssuer, UsersService],
  exports: [AuthService, TokenIssuer, UsersService],
})
export class IdentityModule {}
