import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Which kinds of notification wake a person's devices, and the hours they must not. */
@Entity('push_preferences')
export class PushPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text', array: true })
  kinds: string[];

  /** Minutes after local midnight; quiet from `quietFrom` until `quietUntil` (may run over midnight). */
  @Column({ name: 'quiet_from', type: 'smallint', nullable: true })
  quietFrom: number | null;

  @Column({ name: 'quiet_until', type: 'smallint', nullable: true })
  quietUntil: number | null;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
