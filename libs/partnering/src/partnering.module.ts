import { Global, Module } from '@nestjs/common';
import { MeetingsService } from './meetings.service';
import { ClusterDirectory } from '@hamkar/clusters';
import { OffersService } from './offers.service';
import { ShowcaseService } from './showcase.service';

const services = [OffersService, MeetingsService, ShowcaseService];

@Global()
// ClusterDirectory is the clusters library's published query; provided here so that library's module stays as it is.
@Module({ providers: [...services, ClusterDirectory], exports: services })
export class PartneringModule {}
