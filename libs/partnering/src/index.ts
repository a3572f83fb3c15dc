export * from './offer.entity';
export * from './meeting.entity';
export * from './meeting-state';
export * from './offers.service';
export * from './meetings.service';
export * from './showcase.entity';
export * from './showcase.service';
export * from './partnering.module';
