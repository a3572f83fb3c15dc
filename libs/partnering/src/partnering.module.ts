import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingsService } from './meetings.service';
import { ClusterDirectory } from '@hamkar/clusters';
import { OffersService } from './offers.service';
import { ShowcaseService } from './showcase.service';
import { PartnerMeeting } from './meeting.entity';
import { PartnerInterest, PartnerOffer } from './offer.entity';
import { ClusterListing, ClusterPublicPage } from './showcase.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [PartnerOffer, PartnerInterest, PartnerMeeting, ClusterPublicPage, ClusterListing];

const services = [OffersService, MeetingsService, ShowcaseService];

@Global()
// ClusterDirectory is the clusters library's published query; provided here so that library's module stays as it is.
@Module({ imports: [TypeOrmModule.forFeature(entities)], providers: [...services, ClusterDirectory], exports: services })
export class PartneringModule {}
