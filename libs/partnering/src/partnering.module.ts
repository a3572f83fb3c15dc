import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClustersModule } from '@hamkar/clusters';
import { MessagingModule } from '@hamkar/messaging';
import { NotificationsModule } from '@hamkar/notifications';
import { OutboxModule } from '@hamkar/outbox';
import { MeetingsService } from './meetings.service';
import { OffersService } from './offers.service';
import { ShowcaseService } from './showcase.service';
import { PartnerMeeting } from './meeting.entity';
import { PartnerInterest, PartnerOffer } from './offer.entity';
import { ClusterListing, ClusterPublicPage } from './showcase.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [PartnerOffer, PartnerInterest, PartnerMeeting, ClusterPublicPage, ClusterListing];

const services = [OffersService, MeetingsService, ShowcaseService];

@Module({
  imports: [TypeOrmModule.forFeature(entities), ClustersModule, MessagingModule, NotificationsModule, OutboxModule],
  providers: services,
  exports: services,
})
export class PartneringModule {}
