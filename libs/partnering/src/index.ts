import { PartnerMeeting } from './meeting.entity';
import { PartnerInterest, PartnerOffer } from './offer.entity';

export * from './offer.entity';
export * from './meeting.entity';
export * from './meeting-state';
export * from './offers.service';
export * from './meetings.service';
export * from './partnering.module';

export const partneringEntities = [PartnerOffer, PartnerInterest, PartnerMeeting];
