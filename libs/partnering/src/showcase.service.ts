import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessPolicy, ClusterDirectory, ClusterPeople } from '@hamkar/clusters';
import { NotFound } from '@hamkar/common';
import { Notifier } from '@hamkar/notifications';
import { ClusterListing, ClusterPublicPage } from './showcase.entity';

export const CONTACT_PURPOSES = ['join', 'buy', 'supply', 'other'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

/**
 * The public cluster page (opt-in): who the cluster is and the member firms that chose to be listed,
 * so outside buyers and suppliers can ask to join or get in touch. Their message reaches the
 * cluster's organisers as a notification; nothing about members is shown that they did not list.
 */
@Injectable()
export class ShowcaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly directory: ClusterDirectory,
    private readonly notifier: Notifier,
    private readonly people: ClusterPeople,
  ) {}

  async publish(userId: string, clusterId: string, input: { published: boolean; about?: string | null }) {
    await this.policy.authorize(userId, clusterId, 'cluster.publish');
    await this.dataSource.manager.upsert(
      ClusterPublicPage,
      { clusterId, published: input.published, ...(input.about !== undefined ? { about: input.about } : {}) },
      ['clusterId'],
    );
    return this.settings(userId, clusterId);
  }

  async settings(userId: string, clusterId: string) {
    const membership = await this.policy.authorize(userId, clusterId, 'cluster.read');
    const page = await this.dataSource.manager.findOneBy(ClusterPublicPage, { clusterId });
    const mine = membership.organizationId
      ? await this.dataSource.manager.findOneBy(ClusterListing, { clusterId, organizationId: membership.organizationId })
      : null;
    return {
      published: page?.published ?? false,
      about: page?.about ?? null,
      myListing: mine ? { organizationId: mine.organizationId, makes: mine.makes } : null,
    };
  }

  /** A firm lists itself (or stops being listed); only people with a seat in it decide. */
  async list(userId: string, clusterId: string, input: { organizationId: string; listed: boolean; makes?: string }) {
    await this.policy.authorize(userId, clusterId, 'offer.post');
    await this.policy.requireActsIn(userId, clusterId, input.organizationId);
    if (input.listed)
      await this.dataSource.manager.upsert(ClusterListing, { clusterId, organizationId: input.organizationId, makes: input.makes ?? '' }, [
        'clusterId',
        'organizationId',
      ]);
    else await this.dataSource.manager.delete(ClusterListing, { clusterId, organizationId: input.organizationId });
    return this.settings(userId, clusterId);
  }

  /** The page anyone sees; an unpublished cluster is as unknown as one that does not exist. */
  async page(slug: string) {
    const { cluster, page } = await this.published(slug);
    const listings = await this.dataSource.manager.find(ClusterListing, { where: { clusterId: cluster.id } });
    const organizations = await this.directory.organizations(listings.map((l) => l.organizationId));
    const members = organizations
      .map((o) => ({ name: o.name, kind: o.kind, city: o.city, makes: listings.find((l) => l.organizationId === o.id)?.makes ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { id: _id, ...who } = cluster;
    return { ...who, about: page.about, members };
  }

  /** An outsider asks to join or to talk business; the organisers hear of it. */
  async contact(slug: string, input: { name: string; email: string; organization?: string; purpose: ContactPurpose; message: string }) {
    const { cluster } = await this.published(slug);
    await this.dataSource.transaction(async (manager) => {
      const organisers = await this.people.userIds(cluster.id, { roles: ['admin', 'agent'] }, manager);
      await this.notifier.notify(manager, {
        clusterId: cluster.id,
        userIds: organisers,
        kind: 'cluster.contact',
        title: input.organization ? `${input.name} (${input.organization})` : input.name,
        body: input.message,
        data: { ...input },
        dedupeKey: `cluster-contact:${randomUUID()}`,
      });
    });
    return { received: true };
  }

  private async published(slug: string) {
    const cluster = await this.directory.bySlug(slug);
    const page = cluster ? await this.dataSource.manager.findOneBy(ClusterPublicPage, { clusterId: cluster.id, published: true }) : null;
    if (!cluster || !page) throw new NotFound('cluster');
    return { cluster, page };
  }
}
