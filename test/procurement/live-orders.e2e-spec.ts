import type { Socket } from 'socket.io-client';
import { Actor, aCluster, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aPublishedNeed, aQuoteBy } from '../support/procurement';
import { nextEvent } from '../support/sockets';

describe('orders are live for the people who may see them', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let seller: Actor;
  let rival: Actor;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    seller = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    rival = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
  });
  afterAll(() => p.close());

  const anAwardedOrder = async () => {
    const id = await aPublishedNeed(p, cluster.id, firm, {
      title: 'Dyed wool yarn',
      description: 'Madder red',
      quantity: '300',
      currency: 'IRR',
    });
    await p.http.as(firm).post(`/procurements/${id}/close-joining`);
    const quote = await p.http.as(seller).post(`/procurements/${id}/quotes`, aQuoteBy(seller, '1300000', { leadTimeDays: 5 }));
    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    expect((await p.http.as(firm).post(`/procurements/${id}/award`, { quoteId: quote.body.id })).body.status).toBe('awarded');
    return (await p.http.as(firm).get(`/procurements/${id}/orders`)).body.items[0] as { id: string; procurementId: string };
  };

  it('pushes acceptance, each delivery, each payment and the receipt to both parties and the organisers, and to nobody else', async () => {
    const order = await anAwardedOrder();
    const [buyerSocket, sellerSocket, adminSocket, rivalSocket]: Socket[] = await Promise.all(
      [firm, seller, cluster.admin, rival].map((a) => p.socket(a.token)),
    );
    const overheard: unknown[] = [];
    rivalSocket.on('order:updated', (e) => overheard.push(e));
    const mine =
      (status: string, check: (o: any) => boolean = () => true) =>
      (o: any) =>
        o.id === order.id && o.status === status && check(o);

    const accepted = nextEvent(buyerSocket, 'order:updated', mine('accepted'));
    const acceptedForAdmin = nextEvent(adminSocket, 'order:updated', mine('accepted'));
    await p.http.as(seller).post(`/orders/${order.id}/accept`);
    expect(await accepted).toMatchObject({ procurementId: order.procurementId, status: 'accepted', acceptedAt: expect.any(String) });
    await acceptedForAdmin;

    const delivered = nextEvent(
      sellerSocket,
      'order:updated',
      mine('accepted', (o) => o.deliveredQuantity === '120'),
    );
    await p.http.as(firm).post(`/orders/${order.id}/deliveries`, { quantity: '120', qualityIssue: 'Colour uneven on three skeins' });
    expect((await delivered).deliveries).toEqual([
      expect.objectContaining({ quantity: '120', qualityIssue: 'Colour uneven on three skeins' }),
    ]);

    const paid = nextEvent(
      sellerSocket,
      'order:updated',
      mine('accepted', (o) => o.paymentStatus === 'partly-paid'),
    );
    await p.http.as(firm).post(`/orders/${order.id}/payments`, { amount: '100000000' });
    expect(await paid).toMatchObject({ amountPaid: '100000000', amountDue: '290000000' });

    const received = nextEvent(sellerSocket, 'order:updated', mine('received'));
    const receivedForAdmin = nextEvent(adminSocket, 'order:updated', mine('received'));
    await p.http.as(firm).post(`/orders/${order.id}/confirm-receipt`);
    expect(await received).toMatchObject({ record: { onTime: true, inFull: false, withoutIssue: false } });
    await receivedForAdmin;

    // The rival shares the cluster (it hears procurement:updated) but is no party to this order.
    expect((await p.http.as(rival).get(`/orders/${order.id}`)).status).toBe(403);
    expect(overheard).toEqual([]);
  });
});
