import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, Session } from '@hamkar/identity';
import { RateLimited } from '../rate-limit/rate-limited.decorator';
import { LoginDto, RefreshDto, RegisterDto } from './dto';
import { LoginGuard } from './login.guard';
import { Public } from './public.decorator';
import { CurrentUser } from './current-user.decorator';
import { SessionView, TokensView } from './views';

@ApiTags('identity')
@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @RateLimited('register')
  @ApiCreatedResponse({ type: SessionView })
  register(@Body() dto: RegisterDto): Promise<SessionView> {
    return this.auth.register(dto);
  }

  /** The local strategy has already checked the password; its session is the answer. */
  @Post('login')
  @HttpCode(200)
  @RateLimited('login')
  @UseGuards(LoginGuard)
  @ApiOkResponse({ type: SessionView })
  login(@Body() _dto: LoginDto, @CurrentUser() session: unknown): SessionView {
    return session as Session;
  }

  @Post('refresh')
  @HttpCode(200)
  @RateLimited('refresh')
  @ApiOkResponse({ type: TokensView })
  refresh(@Body() dto: RefreshDto): Promise<TokensView> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Body() dto: RefreshDto) {
    // Its access tokens stop working and its sockets close, on every api node (see Sessions).
    await this.auth.logout(dto.refreshToken);
  }
}
