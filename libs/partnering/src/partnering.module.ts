import { Global, Module } from '@nestjs/common';
import { MeetingsService } from './meetings.service';
import { OffersService } from './offers.service';

const services = [OffersService, MeetingsService];

@Global()
@Module({ providers: services, exports: services })
export class PartneringModule {}
