import { randomUUID } from 'node:crypto';
import { NotFound } from '@hamkar/common';
import { FileReaders, StoredFile, Upload } from '@hamkar/files';
import { ChannelsService, FilesService, PostMessage } from '@hamkar/messaging';
import {
  AwardProcurement,
  OrdersService,
  ParticipationsService,
  ProcurementDocuments,
  ProcurementsService,
  QuotesService,
} from '@hamkar/procurement';
import { queriesDuring, reading } from './support/query-log';
import { ClusterFixture, givenThrough, Person } from './support/service-factories';
import { aNeedBy, inDays, procurementContexts } from './support/procurement';
import { serviceTest } from './support/service-test';

const t = serviceTest(procurementContexts);
const given = givenThrough(t);
const aTextFile = (name: string): Upload => {
  const buffer = Buffer.from(`${name}: wool yarn, two-ply, natural white\n`);
  return { originalname: name, mimetype: 'text/plain', size: buffer.length, buffer };
};
const noSuchProcurement = { code: 'resource.not-found', params: { resource: 'procurement' } };

/**
 * A list filters its rows by what the caller may see: the seats the caller holds are asked once for
 * the whole list, so the number of access queries does not grow with the rows listed.
 */
describe('access checks for a list ask once for all its rows, and answer as before', () => {
  let cluster: ClusterFixture;
  let firm: Person;
  let partner: Person;
  let suppliers: Person[];
  let outsider: Person;

  beforeAll(async () => {
    cluster = await given.aCluster();
    firm = await cluster.withMember('member');
    partner = await cluster.withMember('member');
    suppliers = [];
    for (let i = 0; i < 4; i++) suppliers.push(await cluster.withMember('supplier'));
    outsider = (await given.aCluster()).admin;
  });

  /** A need of `firm` joined by `partner`, quoted by every supplier, in quoting (sealed) state. */
  async function aQuotedNeed() {
    const procurements = t.get(ProcurementsService);
    const need = await procurements.create(firm.id, cluster.id, aNeedBy(firm));
    await procurements.publish(firm.id, need.id);
    await t.get(ParticipationsService).join(partner.id, need.id, partner.organizationId!, { quantity: '100' });
    await procurements.closeJoining(firm.id, need.id);
    const quotes = [];
    for (const [i, s] of suppliers.entries()) {
      quotes.push(
        await t.get(QuotesService).submit(s.id, need.id, {
          organizationId: s.organizationId!,
          tiers: [{ minQuantity: '1', unitPrice: `${14 + i}` }],
          leadTimeDays: 20,
          validUntil: inDays(30),
        }),
      );
      await t.get(ProcurementDocuments).attachToQuote(s.id, quotes[i].id, 'certificate', aTextFile(`certificate-${i}.txt`));
    }
    return { need, quotes };
  }

  const quotesSeenBy = async (who: Person, id: string) => {
    const { result, sql } = await queriesDuring(t.dataSource, () => t.get(QuotesService).list(who.id, id));
    return {
      count: result.count,
      sealed: result.sealed,
      suppliers: result.items.map((q) => q.supplierOrganizationId).sort(),
      seatQueries: reading(sql, 'organization_members').length,
    };
  };

  it('shows each supplier only its own sealed quote, asking for its seats once among four quotes', async () => {
    const { need } = await aQuotedNeed();
    for (const s of suppliers)
      expect(await quotesSeenBy(s, need.id)).toEqual({ count: 4, sealed: true, suppliers: [s.organizationId], seatQueries: 1 });
    // Buyers learn only how many arrived until the opening.
    expect(await quotesSeenBy(firm, need.id)).toEqual({ count: 4, sealed: true, suppliers: [], seatQueries: 1 });

    await t.get(ProcurementsService).closeQuoting(firm.id, need.id);
    const everyone = suppliers.map((s) => s.organizationId).sort();
    // Opened, buyers see every quote without asking for seats at all; a supplier still sees only its own.
    expect(await quotesSeenBy(firm, need.id)).toEqual({ count: 4, sealed: false, suppliers: everyone, seatQueries: 0 });
    expect(await quotesSeenBy(suppliers[2], need.id)).toEqual({
      count: 4,
      sealed: false,
      suppliers: [suppliers[2].organizationId],
      seatQueries: 1,
    });
  });

  it('gives an outsider the same 404 for a real need as for a made-up one, and asks nothing about seats', async () => {
    const { need } = await aQuotedNeed();
    for (const id of [need.id, randomUUID()]) {
      const { result, sql } = await queriesDuring(t.dataSource, () =>
        t
          .get(QuotesService)
          .list(outsider.id, id)
          .then(
            () => null,
            (e: unknown) => e,
          ),
      );
      expect(result).toBeInstanceOf(NotFound);
      expect(result).toMatchObject(noSuchProcurement);
      expect(reading(sql, 'organization_members')).toEqual([]);
    }
  });

  it('lists documents by the same rule, with one query for the seats among every organization they name', async () => {
    const { need } = await aQuotedNeed();
    const documents = async (who: Person) => {
      const { result, sql } = await queriesDuring(t.dataSource, () => t.get(ProcurementDocuments).list(who.id, need.id));
      return { mine: result.items.map((d) => d.supplierOrganizationId).sort(), seatQueries: reading(sql, 'organization_members').length };
    };
    expect(await documents(suppliers[1])).toEqual({ mine: [suppliers[1].organizationId], seatQueries: 1 });
    expect(await documents(firm)).toEqual({ mine: [], seatQueries: 1 });
    await t.get(ProcurementsService).closeQuoting(firm.id, need.id);
    expect(await documents(partner)).toEqual({ mine: suppliers.map((s) => s.organizationId).sort(), seatQueries: 1 });
    await expect(t.get(ProcurementDocuments).list(outsider.id, need.id)).rejects.toMatchObject(noSuchProcurement);
    await expect(t.get(ProcurementDocuments).list(outsider.id, randomUUID())).rejects.toMatchObject(noSuchProcurement);
  });

  it("lists orders to their parties and the organiser, asking once for the caller's seats whatever the number of orders", async () => {
    const { need, quotes } = await aQuotedNeed();
    await t.get(ProcurementsService).closeQuoting(firm.id, need.id);
    await t.get(AwardProcurement).award(firm.id, need.id, quotes[0].id);
    const ordersSeenBy = async (who: Person) => {
      const { result, sql } = await queriesDuring(t.dataSource, () => t.get(OrdersService).list(who.id, need.id));
      return { buyers: result.items.map((o) => o.organizationId).sort(), seatQueries: reading(sql, 'organization_members').length };
    };
    const both = [firm.organizationId, partner.organizationId].sort();
    // The need's owner organises it; the winning supplier is a party to both orders; the partner to its own.
    expect(await ordersSeenBy(firm)).toEqual({ buyers: both, seatQueries: 1 });
    expect(await ordersSeenBy(suppliers[0])).toEqual({ buyers: both, seatQueries: 1 });
    expect(await ordersSeenBy(partner)).toEqual({ buyers: [partner.organizationId], seatQueries: 1 });
    expect(await ordersSeenBy(suppliers[1])).toEqual({ buyers: [], seatQueries: 1 });
    await expect(t.get(OrdersService).list(outsider.id, need.id)).rejects.toMatchObject(noSuchProcurement);
  });

  it('opens an order to its parties only, asking for the seats in one query', async () => {
    const { need, quotes } = await aQuotedNeed();
    await t.get(ProcurementsService).closeQuoting(firm.id, need.id);
    await t.get(AwardProcurement).award(firm.id, need.id, quotes[0].id);
    const [theirs] = (await t.get(OrdersService).list(partner.id, need.id)).items;
    const { result, sql } = await queriesDuring(t.dataSource, () => t.get(OrdersService).get(suppliers[0].id, theirs.id));
    expect(result.id).toBe(theirs.id);
    expect(reading(sql, 'organization_members')).toHaveLength(1);
    await expect(t.get(OrdersService).get(suppliers[1].id, theirs.id)).rejects.toMatchObject({ code: 'order.parties-only' });
    await expect(t.get(OrdersService).get(outsider.id, theirs.id)).rejects.toMatchObject({
      code: 'resource.not-found',
      params: { resource: 'order' },
    });
  });

  describe('a file attached in several channels', () => {
    it('is readable by a member of any of them, asked in one query for all the channels', async () => {
      const [author, reader] = [await cluster.withMember('member'), await cluster.withMember('member')];
      const upload = await t.get(FilesService).upload(author.id, cluster.id, aTextFile('samples.txt'));
      const channels = [];
      for (let i = 0; i < 3; i++) {
        const channel = await t
          .get(ChannelsService)
          .create(author.id, cluster.id, { name: `samples-${randomUUID().slice(0, 6)}`, kind: 'private' });
        await t
          .get(PostMessage)
          .post(author.id, { channelId: channel.id, body: 'نمونه', clientMessageId: randomUUID(), attachmentIds: [upload.id] });
        channels.push(channel);
      }
      const file = await t.dataSource.manager.findOneByOrFail(StoredFile, { id: upload.id });
      const mayRead = async (who: Person) => {
        const { result, sql } = await queriesDuring(t.dataSource, () => t.get(FileReaders).mayRead(who.id, file));
        return { result, channelQueries: reading(sql, 'channels').length };
      };
      expect(await mayRead(reader)).toEqual({ result: false, channelQueries: 1 });
      expect(await mayRead(outsider)).toEqual({ result: false, channelQueries: 1 });
      await t.get(ChannelsService).addMember(author.id, channels[2].id, reader.id);
      expect(await mayRead(reader)).toEqual({ result: true, channelQueries: 1 });
    });
  });
});
