import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';

export * from './user.entity';
export * from './refresh-token.entity';
export * from './auth.service';
export * from './users.service';
export { hashPassword } from './passwords';
export * from './token-issuer';
export * from './sessions';
export * from './secrets';
export * from './security-events';
export * from './identity.module';

export const identityEntities = [User, RefreshToken];
