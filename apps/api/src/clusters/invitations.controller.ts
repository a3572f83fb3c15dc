import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InvitationsService } from '@hamkar/clusters';
import { BadInput } from '@hamkar/common';
import { UserId } from '../identity/current-user.decorator';
import { MembershipRef } from '../identity/views';
import { AcceptInvitationDto } from './dto';

@ApiTags('clusters')
@ApiBearerAuth()
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post(':token/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipRef, description: 'The membership the invitation gave.' })
  accept(@UserId() userId: string, @Param('token') token: string, @Body() dto: AcceptInvitationDto): Promise<MembershipRef> {
    if (!/^[\w-]{20,100}$/.test(token))
      throw new BadInput('token is not valid', [{ field: 'token', message: 'is not valid', code: 'invitation.bad-token' }], {
        code: 'invitation.bad-token',
      });
    return this.invitations.accept(userId, token, dto.organizationId);
  }
}
