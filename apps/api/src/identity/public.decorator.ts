import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'hamkar:public';
/** Opens a route to callers without an access token (register, login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
