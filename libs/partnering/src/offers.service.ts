import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { Forbidden, NotFound, normalizeForSearch, RuleBroken } from '@hamkar/common';
import { ChannelsService } from '@hamkar/messaging';
import { Notifier } from '@hamkar/notifications';
import { OfferDirection, OfferKind, PartnerInterest, PartnerOffer } from './offer.entity';

export interface NewOffer {
  organizationId: string;
  direction: OfferDirection;
  kind: OfferKind;
  title: string;
  description: string;
  hsCodes: string[];
  place?: string;
  country?: string;
}

export interface OfferSearch {
  q?: string;
  kind?: OfferKind;
  direction?: OfferDirection;
  hs?: string;
  limit: number;
}

const offerView = (o: PartnerOffer) => ({
  id: o.id,
  clusterId: o.clusterId,
  organizationId: o.organizationId,
  postedBy: o.postedBy,
  direction: o.direction,
  kind: o.kind,
  title: o.title,
  description: o.description,
  hsCodes: o.hsCodes,
  place: o.place,
  country: o.country,
  open: o.open,
  createdAt: o.createdAt,
});
const likeTerm = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Partner search: offers and requests tagged by HS category and place, found with the folding chat
 * search uses (Persian and Arabic letters, Azerbaijani ə/ı/İ, digits, case), and "interested", which
 * opens a direct conversation with whoever posted it.
 */
@Injectable()
export class OffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly channels: ChannelsService,
    private readonly notifier: Notifier,
  ) {}

  async post(userId: string, clusterId: string, input: NewOffer) {
    await this.policy.authorize(userId, clusterId, 'offer.post');
    await this.policy.requireActsIn(userId, clusterId, input.organizationId);
    const hsCodes = [...new Set(input.hsCodes)];
    const searchText = normalizeForSearch([input.title, input.description, input.place ?? '', input.country ?? '', ...hsCodes].join(' '));
    const m = this.dataSource.manager;
    const saved = await m.save(
      PartnerOffer,
      m.create(PartnerOffer, {
        ...input,
        hsCodes,
        clusterId,
        postedBy: userId,
        place: input.place ?? null,
        country: input.country ?? null,
        searchText,
        open: true,
      }),
    );
    return offerView(saved);
  }

  /** Every folded word of the query must appear; an HS code matches its chapter, heading and subheadings. */
  async search(userId: string, clusterId: string, s: OfferSearch) {
    await this.policy.authorize(userId, clusterId, 'offer.read');
    const terms = s.q ? normalizeForSearch(s.q).split(' ').filter(Boolean).slice(0, 8) : [];
    const qb = this.dataSource.manager.createQueryBuilder(PartnerOffer, 'o').where('o.cluster_id = :clusterId AND o.open', { clusterId });
    terms.forEach((t, i) => qb.andWhere(`o.search_text LIKE :t${i}`, { [`t${i}`]: likeTerm(t) }));
    if (s.kind) qb.andWhere('o.kind = :kind', { kind: s.kind });
    if (s.direction) qb.andWhere('o.direction = :direction', { direction: s.direction });
    if (s.hs)
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(o.hs_codes) c WHERE c LIKE :hsPrefix OR :hs LIKE c || '%')`, {
        hs: s.hs,
        hsPrefix: `${s.hs}%`,
      });
    const rows = await qb.orderBy('o.created_at', 'DESC').limit(s.limit).getMany();
    return { items: rows.map(offerView), nextCursor: null };
  }

  async get(userId: string, id: string) {
    const offer = await this.dataSource.manager.findOneBy(PartnerOffer, { id });
    if (!offer) throw new NotFound('offer');
    await this.policy.authorize(userId, offer.clusterId, 'offer.read', 'offer');
    return offerView(offer);
  }

  async close(userId: string, id: string) {
    const offer = await this.dataSource.manager.findOneBy(PartnerOffer, { id });
    if (!offer) throw new NotFound('offer');
    const membership = await this.policy.authorize(userId, offer.clusterId, 'offer.read', 'offer');
    if (offer.postedBy !== userId && !this.policy.can(membership, 'members.invite'))
      throw new Forbidden('Only whoever posted it, or an organiser, closes an offer', { code: 'offer.poster-only' });
    await this.dataSource.manager.update(PartnerOffer, { id }, { open: false });
    return { ...offerView(offer), open: false };
  }

  /** Opens (or finds) the direct conversation with whoever posted the offer, and tells them. */
  async interested(userId: string, id: string) {
    const offer = await this.dataSource.manager.findOneBy(PartnerOffer, { id });
    if (!offer) throw new NotFound('offer');
    await this.policy.authorize(userId, offer.clusterId, 'offer.read', 'offer');
    if (offer.postedBy === userId) throw new RuleBroken('This is your own offer', { code: 'offer.own' });
    if (!offer.open) throw new RuleBroken('The offer is closed', { code: 'offer.closed' });
    const channel = await this.channels.direct(userId, offer.clusterId, [offer.postedBy]);
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(PartnerInterest)
        .values({ offerId: id, userId, channelId: channel.id })
        .orIgnore()
        .returning(['offer_id'])
        .execute();
      if (inserted.raw.length === 0) return;
      await this.notifier.notify(manager, {
        clusterId: offer.clusterId,
        userIds: [offer.postedBy],
        kind: 'offer.interest',
        title: offer.title,
        link: `/channels/${channel.id}`,
        data: { offerId: id, userId, channelId: channel.id },
        dedupeKey: `offer-interest:${id}:${userId}`,
      });
    });
    return { offerId: id, channelId: channel.id, channel };
  }
}
