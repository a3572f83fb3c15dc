import { Actor, aCluster, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { emit } from '../support/sockets';

// Persian and Arabic keyboards type their own digits by default (CONTRACT additions 1.1):
// "۳۰۰٫۵" must mean exactly what "300.5" means, in bodies, queries and socket events.
const fa = (ascii: string) => ascii.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]).replace('.', '٫');
const arabic = (ascii: string) => ascii.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]).replace('.', '٫');
const LOCAL_DIGITS = /[\u06F0-\u06F9\u0660-\u0669\u066B\u066C]/;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

describe('digits as people type them', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let firm: Actor;
  let supplier: Actor;

  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
    firm = await cluster.withMember('member');
    supplier = await cluster.withMember('supplier');
  });
  afterAll(() => p.close());

  const need = (n: (ascii: string) => string | number) => ({
    organizationId: firm.organizationId,
    title: 'نخ پشمی',
    description: 'Two-ply yarn',
    categoryCode: n('510610'),
    unit: 'kg',
    quantity: n('300.5'),
    currency: 'IRR',
    maxUnitPrice: n('1420000.75'),
    joinDeadline: inDays(5),
    quoteDeadline: inDays(10),
    deliveryCity: 'Zanjan',
    deliveryLat: n('36.6736'),
    deliveryLng: n('48.4787'),
  });
  const numbersOf = (procurement: Record<string, unknown>) => {
    const { categoryCode, quantity, totalQuantity, maxUnitPrice, deliveryLat, deliveryLng } = procurement;
    return { categoryCode, quantity, totalQuantity, maxUnitPrice, deliveryLat, deliveryLng };
  };

  it('stores a need typed in Persian digits exactly as one typed in ASCII, and answers in ASCII', async () => {
    const ascii = await p.http
      .as(firm)
      .post(`/clusters/${cluster.id}/procurements`, { ...need((s) => s), deliveryLat: 36.6736, deliveryLng: 48.4787 });
    const persian = await p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, need(fa));
    const arabicIndic = await p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, need(arabic));
    expect([ascii.status, persian.status, arabicIndic.status]).toEqual([201, 201, 201]);
    expect(numbersOf(persian.body)).toEqual(numbersOf(ascii.body));
    expect(numbersOf(arabicIndic.body)).toEqual(numbersOf(ascii.body));
    expect(persian.body.totalQuantity).toBe('300.5');
    expect(Number(persian.body.deliveryLat)).toBe(36.6736);
    expect(JSON.stringify(persian.body)).not.toMatch(LOCAL_DIGITS);
  });

  it('takes Persian digits for joining, quoting (tiers, lead time) and grouped thousands', async () => {
    const created = await p.http.as(firm).post(
      `/clusters/${cluster.id}/procurements`,
      need((s) => s),
    );
    const id = created.body.id;
    expect((await p.http.as(firm).post(`/procurements/${id}/publish`)).status).toBe(200);
    const joiner = await cluster.withMember('member');
    const joined = await p.http
      .as(joiner)
      .post(`/procurements/${id}/participations`, { organizationId: joiner.organizationId, quantity: '۱٬۲۰۰٫۲۵' });
    expect(joined.status).toBe(201);
    expect((await p.http.as(firm).get(`/procurements/${id}`)).body.totalQuantity).toBe('1500.75');
    expect(
      (await p.http.as(joiner).patch(`/procurements/${id}/participations/${joiner.organizationId}`, { quantity: '٢٠٠' })).body
        .totalQuantity,
    ).toBe('500.5');

    expect((await p.http.as(firm).post(`/procurements/${id}/close-joining`)).status).toBe(200);
    const quote = await p.http.as(supplier).post(`/procurements/${id}/quotes`, {
      organizationId: supplier.organizationId,
      tiers: [
        { minQuantity: '۱', unitPrice: '۱۴۰۰۰۰۰' },
        { minQuantity: '۵۰۰', unitPrice: '۱۳۰۰۰۰۰٫۵' },
      ],
      leadTimeDays: '۲۰',
      validUntil: inDays(30),
    });
    expect(quote.status).toBe(201);
    const { rows } = await p.db.query(`SELECT lead_time_days::text AS days FROM quotes WHERE id = $1`, [quote.body.id]);
    expect(rows[0].days).toBe('20');
    expect(JSON.stringify(quote.body)).not.toMatch(LOCAL_DIGITS);
    expect(JSON.stringify(quote.body)).toContain('1300000.5');
  });

  it('takes Persian digits in a supplier profile and in the directory query', async () => {
    const typed = {
      categories: ['۵۱۰۶'],
      capacityPerMonth: '۲۰۰۰۰',
      unit: 'kg',
      minOrderQuantity: '۱۰۰٫۵',
      leadTimeDays: '۱۰',
      serviceRadiusKm: '۶۰۰',
      lat: '۳۸٫۰۹۶۲',
      lng: '۴۶٫۲۷۳۸',
      certifications: [],
    };
    const put = await p.http.as(supplier).put(`/organizations/${supplier.organizationId}/supplier-profile`, typed);
    expect(put.status).toBe(200);
    const { capacityPerMonth, minOrderQuantity, leadTimeDays, serviceRadiusKm, lat, lng } = put.body;
    expect([capacityPerMonth, minOrderQuantity, leadTimeDays, serviceRadiusKm, lat, lng].map(Number)).toEqual([
      20000, 100.5, 10, 600, 38.0962, 46.2738,
    ]);
    expect(JSON.stringify(put.body)).not.toMatch(LOCAL_DIGITS);
    const near = await p.http
      .as(firm)
      .get(
        `/clusters/${cluster.id}/suppliers?category=${encodeURIComponent('۵۱۰۶')}&lat=${encodeURIComponent('۳۶٫۶۷')}&lng=${encodeURIComponent('۴۸٫۴۸')}&limit=${encodeURIComponent('۵')}`,
      );
    expect(near.status).toBe(200);
    expect(near.body.items.map((s: { organizationId: string }) => s.organizationId)).toContain(supplier.organizationId);
  });

  it("takes Persian digits in a page limit, an organization's place, a project budget and socket events", async () => {
    const page = await p.http.as(firm).get(`/clusters/${cluster.id}/procurements?limit=${encodeURIComponent('۱')}`);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(1);

    const org = await p.http
      .as(firm)
      .post('/organizations', { name: 'Tabriz Dyes', kind: 'firm', country: 'IR', city: 'Tabriz', lat: '۳۸٫۰۸', lng: '۴۶٫۲۹' });
    expect(org.status).toBe(201);
    expect([org.body.lat, org.body.lng].map(Number)).toEqual([38.08, 46.29]);

    const project = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/projects`, {
      title: 'Dye house',
      description: 'Shared',
      kind: 'shared_facility',
      startDate: '2027-01-01',
      endDate: '2027-06-30',
      budget: '۲۵۰٬۰۰۰٬۰۰۰',
    });
    expect(project.status).toBe(201);
    expect(project.body.budget).toBe('250000000');

    const channel = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: 'ارقام', kind: 'public' });
    await p.http.as(firm).post(`/channels/${channel.body.id}/join`);
    await p.http.as(firm).post(`/channels/${channel.body.id}/messages`, { body: 'سلام', clientMessageId: 'digits-1' });
    const socket = await p.socket(firm.token);
    const synced = await emit(socket, 'sync', { channels: [{ channelId: channel.body.id, afterSeq: '۰' }] });
    expect(synced).toMatchObject({ ok: true, messages: [expect.objectContaining({ seq: 1 })] });
    expect(await emit(socket, 'channel:read', { channelId: channel.body.id, seq: '۱' })).toMatchObject({ ok: true });
    expect((await p.http.as(firm).post(`/channels/${channel.body.id}/read`, { seq: '۱' })).status).toBe(204);
  });

  it('refuses what is not a number in any script, and a separator that does not group thousands', async () => {
    const bad = async (quantity: string) =>
      (await p.http.as(firm).post(`/clusters/${cluster.id}/procurements`, { ...need((s) => s), quantity })).body;
    for (const typed of ['۱٬۵', '۳۰۰,۵', '۳۰۰٫٫۵', 'سیصد', '٫۵']) {
      expect(await bad(typed)).toMatchObject({
        status: 400,
        code: 'input.invalid',
        errors: [expect.objectContaining({ field: 'quantity', code: 'input.wrong-format' })],
      });
    }
  });
});
