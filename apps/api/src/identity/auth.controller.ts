import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthService, Session } from '@hamkar/identity';
import { RateLimited } from '../rate-limit/rate-limited.decorator';
import { LoginDto, RefreshDto, RegisterDto } from './dto';
import { LoginGuard } from './login.guard';
import { Public } from './public.decorator';
import { CurrentUser } from './current-user.decorator';

@ApiTags('identity')
@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @RateLimited('register')
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  /** The local strategy has already checked the password; its session is the answer. */
  @Post('login')
  @HttpCode(200)
  @RateLimited('login')
  @UseGuards(LoginGuard)
  login(@Body() _dto: LoginDto, @CurrentUser() session: unknown) {
    return session as Session;
  }

  @Post('refresh')
  @HttpCode(200)
  @RateLimited('refresh')
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Body() dto: RefreshDto) {
    // Its access tokens stop working and its sockets close, on every api node (see Sessions).
    await this.auth.logout(dto.refreshToken);
  }
}
