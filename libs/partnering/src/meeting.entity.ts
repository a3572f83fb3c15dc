import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const MEETING_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A one-to-one meeting one member asks of another, at one of the times proposed. */
@Entity('partner_meetings')
export class PartnerMeeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Column({ name: 'invitee_id', type: 'uuid' })
  inviteeId: string;

  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId: string | null;

  @Column({ type: 'text' })
  agenda: string;

  /** Instants (timestamptz): each person's client shows them in their own time zone and calendar. */
  @Column({ name: 'proposed_times', type: 'timestamptz', array: true })
  proposedTimes: Date[];

  @Column({ type: 'text', default: 'requested' })
  status: MeetingStatus;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
