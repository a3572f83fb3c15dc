import { PartnerMeeting } from './meeting.entity';
import { PartnerInterest, PartnerOffer } from './offer.entity';
import { ClusterListing, ClusterPublicPage } from './showcase.entity';

export * from './offer.entity';
export * from './meeting.entity';
export * from './meeting-state';
export * from './offers.service';
export * from './meetings.service';
export * from './showcase.entity';
export * from './showcase.service';
export * from './partnering.module';

export const partneringEntities = [PartnerOffer, PartnerInterest, PartnerMeeting, ClusterPublicPage, ClusterListing];
