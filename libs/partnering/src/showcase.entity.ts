import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A cluster's public page: off until its organisers publish it. */
@Entity('cluster_public_pages')
export class ClusterPublicPage {
  @PrimaryColumn({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  /** What the cluster offers outside buyers and suppliers, in the words of its organisers. */
  @Column({ type: 'text', nullable: true })
  about: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A member organization that chose to be listed on the public page, with what it makes. */
@Entity('cluster_listings')
export class ClusterListing {
  @PrimaryColumn({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  makes: string;
}
