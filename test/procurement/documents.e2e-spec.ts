import { ocdsValidator } from '../../libs/procurement/src/ocds-schema';
import { Actor, aCluster, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aPublishedNeed, aQuoteBy, join } from '../support/procurement';

const aFile = (text: string, name: string, kind?: string) => {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(text)], { type: 'text/plain' }), name);
  if (kind) form.append('kind', kind);
  return form;
};

describe('documents on needs, quotes and deliveries, readable by whoever sees what they are attached to', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let partner: Actor;
  let seller: Actor;
  let rival: Actor;
  let outsider: Actor;

  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    partner = await cluster.withMember('member');
    seller = await cluster.withMember('supplier');
    rival = await cluster.withMember('supplier');
    outsider = (await aCluster(p)).admin;
  });
  afterAll(() => p.close());

  const aNeed = async () => {
    const id = await aPublishedNeed(p, cluster.id, firm);
    await join(p, id, partner, '100');
    return id;
  };
  const quoting = async (id: string) => {
    await p.http.as(firm).post(`/procurements/${id}/close-joining`);
    return (await p.http.as(seller).post(`/procurements/${id}/quotes`, aQuoteBy(seller, '12.5'))).body.id as string;
  };
  const download = async (who: Actor, fileId: string) => {
    const res = await p.http.as(who).get(`/files/${fileId}`);
    return res.status === 200 ? res.body : res.status;
  };
  const listed = async (who: Actor, id: string) =>
    (
      (await p.http.as(who).get(`/procurements/${id}/documents`)).body.items as Array<{
        kind: string;
        attachedTo: string;
        file: { id: string; name: string };
      }>
    ).map((d) => `${d.attachedTo}:${d.kind}:${d.file.name}`);
  const documentRows = async () => Number((await p.db.query(`SELECT count(*) FROM procurement_documents`)).rows[0].count);

  it("lets the organiser attach a specification that the need's participants and suppliers download, and outsiders cannot", async () => {
    const id = await aNeed();
    const res = await p.http.as(firm).post(`/procurements/${id}/documents`, aFile('Two-ply, 3.2 Nm, moth-proofed', 'specification.txt'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'specification', attachedTo: 'need', file: { name: 'specification.txt', mime: 'text/plain' } });
    const fileId = res.body.file.id;

    for (const reader of [partner, seller, rival, cluster.admin])
      expect(await download(reader, fileId)).toBe('Two-ply, 3.2 Nm, moth-proofed');
    expect(await listed(partner, id)).toEqual(['need:specification:specification.txt']);
    expect(await download(outsider, fileId)).toBe(404);
    expect((await p.http.as(outsider).get(`/procurements/${id}/documents`)).status).toBe(404);
  });

  it('refuses a document from someone else, without a file, of the wrong kind or too late, with a code and nothing kept', async () => {
    const id = await aNeed();
    const before = await documentRows();
    const refusal = async (who: Actor, path: string, body: FormData | object) => {
      const res = await p.http.as(who).post(path, body);
      return [res.status, res.body.code];
    };
    expect(await refusal(partner, `/procurements/${id}/documents`, aFile('x', 'spec.txt'))).toEqual([403, 'procurement.organiser-only']);
    expect(await refusal(firm, `/procurements/${id}/documents`, new FormData())).toEqual([400, 'file.missing']);
    expect(await refusal(firm, `/procurements/${id}/documents`, {})).toEqual([400, 'file.missing']);
    expect(await refusal(firm, `/procurements/${id}/documents`, aFile('x', 'spec.txt', 'receipt'))).toEqual([400, 'input.invalid']);
    expect(await refusal(firm, `/procurements/${id}/documents`, aFile('x', 'spec.txt', 'specification'))).toEqual([201, undefined]);
    const quoteId = await quoting(id);
    expect(await refusal(rival, `/quotes/${quoteId}/documents`, aFile('x', 'iso.txt'))).toEqual([403, 'organization.no-seat']);
    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    expect(await refusal(firm, `/procurements/${id}/documents`, aFile('x', 'late.txt'))).toEqual([409, 'procurement.wrong-state']);
    expect(await refusal(seller, `/quotes/${quoteId}/documents`, aFile('x', 'late.txt'))).toEqual([409, 'procurement.wrong-state']);
    expect(await documentRows()).toBe(before + 1);
  });

  it("keeps a quote's certificate sealed with the quote: its supplier reads it, the buyers only from the opening, another supplier never", async () => {
    const id = await aNeed();
    const quoteId = await quoting(id);
    const res = await p.http.as(seller).post(`/quotes/${quoteId}/documents`, aFile('ISO 9001:2015 certificate no. 4711', 'iso-9001.txt'));
    expect(res.body).toMatchObject({ kind: 'certificate', attachedTo: 'quote', supplierOrganizationId: seller.organizationId });
    const fileId = res.body.file.id;
    const priceList = (await p.http.as(seller).post(`/quotes/${quoteId}/documents`, aFile('1-999 kg: 12.5', 'prices.txt', 'price-list')))
      .body.file.id;

    expect(await download(seller, fileId)).toBe('ISO 9001:2015 certificate no. 4711');
    expect(await listed(seller, id)).toEqual(['quote:certificate:iso-9001.txt', 'quote:price-list:prices.txt']);
    for (const buyer of [firm, partner, cluster.admin]) {
      expect(await download(buyer, fileId)).toBe(404);
      expect(await download(buyer, priceList)).toBe(404);
      expect(await listed(buyer, id)).toEqual([]);
    }

    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    for (const buyer of [firm, partner, cluster.admin]) {
      expect(await download(buyer, fileId)).toBe('ISO 9001:2015 certificate no. 4711');
      expect(await listed(buyer, id)).toEqual(['quote:certificate:iso-9001.txt', 'quote:price-list:prices.txt']);
    }
    expect(await download(rival, fileId)).toBe(404);
    expect(await listed(rival, id)).toEqual([]);
  });

  it("lets either party attach a receipt to a delivery, read by the order's parties and the organiser only", async () => {
    const id = await aNeed();
    await p.http.as(firm).post(`/procurements/${id}/documents`, aFile('Two-ply', 'spec.txt'));
    const quoteId = await quoting(id);
    await p.http.as(seller).post(`/quotes/${quoteId}/documents`, aFile('ISO 9001', 'iso.txt'));
    await p.http.as(firm).post(`/procurements/${id}/close-quoting`);
    await p.http.as(firm).post(`/procurements/${id}/award`, { quoteId });
    const orders = (await p.http.as(firm).get(`/procurements/${id}/orders`)).body.items as Array<{ id: string; organizationId: string }>;
    const theirs = orders.find((o) => o.organizationId === partner.organizationId)!;
    await p.http.as(seller).post(`/orders/${theirs.id}/accept`);
    const delivery = (await p.http.as(partner).post(`/orders/${theirs.id}/deliveries`, { quantity: '100' })).body.deliveries[0];

    const receipt = await p.http
      .as(partner)
      .post(`/orders/${theirs.id}/deliveries/${delivery.id}/documents`, aFile('Received 100 kg in good order', 'receipt.txt'));
    expect(receipt.body).toMatchObject({ kind: 'receipt', attachedTo: 'delivery', orderId: theirs.id, deliveryId: delivery.id });
    const note = await p.http
      .as(seller)
      .post(`/orders/${theirs.id}/deliveries/${delivery.id}/documents`, aFile('Waybill 88', 'waybill.txt', 'other'));
    expect(note.status).toBe(201);

    for (const reader of [partner, seller, firm, cluster.admin])
      expect(await download(reader, receipt.body.file.id)).toBe('Received 100 kg in good order');
    expect(await download(rival, receipt.body.file.id)).toBe(404);
    expect(await listed(rival, id)).toEqual(['need:specification:spec.txt']);
    expect(await listed(partner, id)).toEqual([
      'need:specification:spec.txt',
      'quote:certificate:iso.txt',
      'delivery:receipt:receipt.txt',
      'delivery:other:waybill.txt',
    ]);
    // Someone who is no party to the order attaches nothing to it; a delivery belongs to its own order.
    expect((await p.http.as(rival).post(`/orders/${theirs.id}/deliveries/${delivery.id}/documents`, aFile('x', 'x.txt'))).body.code).toBe(
      'order.parties-only',
    );
    expect((await p.http.as(partner).post(`/orders/${theirs.id}/deliveries/${theirs.id}/documents`, aFile('x', 'x.txt'))).status).toBe(404);

    // The OCDS release lists the specification on the tender, the winner's certificate on the award, the receipts on the contract.
    const ocds = (await p.http.as(firm).get(`/procurements/${id}/ocds`)).body;
    expect(ocdsValidator()(ocds).errors).toEqual([]);
    const release = ocds.releases[0];
    const titles = (docs?: Array<{ title: string; documentType?: string; url: string }>) =>
      (docs ?? []).map((d) => [d.title, d.documentType ?? null, d.url.split('/api/v1')[1]]);
    expect(titles(release.tender.documents)).toEqual([['spec.txt', 'technicalSpecifications', expect.stringMatching(/^\/files\//)]]);
    expect(titles(release.awards[0].documents)).toEqual([['iso.txt', 'submissionDocuments', expect.any(String)]]);
    const contract = release.contracts.find((c: { id: string }) => c.id === theirs.id);
    expect(titles(contract.implementation.documents)).toEqual([
      ['receipt.txt', 'physicalProgressReport', `/files/${receipt.body.file.id}`],
      ['waybill.txt', null, expect.any(String)],
    ]);
  });
});
