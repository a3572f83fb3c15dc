import { randomUUID } from 'node:crypto';
// The table itself, not the library: Jest cannot load Nest's ES modules that the library's index pulls in.
import { Permission, roleMay } from '../../libs/clusters/src/access/permissions';
import { aCluster, Actor, anOrganization, aUser, ClusterFixture, Role } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, aNeedInLotsBy, aQuoteBy, aZanjanSupplierProfile, inSeconds } from '../support/procurement';

/**
 * Every route of the OpenAPI document × every caller, with the status the permission table
 * predicts. A route that is in the document but not here fails the run, so a new endpoint cannot
 * ship without saying who may call it.
 *
 * Callers: the five roles; `outsider` (signed in, in no cluster, with an organization of its own);
 * `otherCluster` (admin of another cluster); `outsideOrg` (a member of this cluster who acts for an
 * organization that does not take part in it, and names it wherever a route takes an organization).
 */
type Caller = Role | 'outsider' | 'otherCluster' | 'outsideOrg';
const CALLERS: Caller[] = ['admin', 'agent', 'member', 'supplier', 'observer', 'outsider', 'otherCluster', 'outsideOrg'];
const NON_MEMBERS: Caller[] = ['outsider', 'otherCluster'];

interface Call {
  path: string;
  body?: unknown;
}

interface Entry {
  /** No token needed: identity and health. Listed so the document and the matrix stay in step. */
  public?: true;
  /** The row of the permission table that decides; 'self' for routes about the caller's own things. */
  permission?: Permission | 'self';
  /** The status of an allowed call. */
  ok?: number;
  /** Explicit outcomes that the permission alone does not predict, each with its reason beside it. */
  except?: Partial<Record<Caller, number>>;
  /** Builds one caller's request, making fresh resources where an allowed call changes state. */
  call?: (as: Caller) => Promise<Call> | Call;
}

const day = (d: number) => new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10);
const madeUp = () => randomUUID();
/** A read that whoever holds `permission` may make, answered 200. */
const reading = (permission: Permission | 'self', path: () => string): Entry => ({ permission, ok: 200, call: () => ({ path: path() }) });

describe('the authorization matrix, from the OpenAPI document', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  const actors = {} as Record<Caller, Actor & { organizationId: string }>;
  let bystander: Actor & { organizationId: string };
  let channelId: string;
  let messageId: string;
  let fileId: string;
  let needId: string;
  let projectId: string;
  let taskId: string;
  let notificationId: string;
  let demoted: Actor;
  let removed: Actor;

  const http = (as: Caller) => p.http.as(actors[as]);
  const orgOf = (as: Caller) => actors[as].organizationId;
  const isMember = (as: Caller) => !NON_MEMBERS.includes(as);

  const aNeed = async (owner: Actor & { organizationId: string } = bystander) => {
    const res = await p.http.as(owner).post(`/clusters/${cluster.id}/procurements`, aNeedBy(owner));
    if (res.status !== 201) throw new Error(`need: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  /** The supplier's quote on a need open for quotes: 12 a unit, in ten days. */
  const supplierQuotes = (id: string) =>
    http('supplier').post(`/procurements/${id}/quotes`, aQuoteBy(actors.supplier, '12', { leadTimeDays: 10 }));
  const step = async (id: string, action: string, body?: unknown) => {
    const res = await p.http.as(cluster.admin).post(`/procurements/${id}/${action}`, body);
    if (res.status >= 300) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const openNeed = async () => {
    const id = await aNeed();
    await step(id, 'publish');
    return id;
  };
  const quotingNeed = async () => {
    const id = await openNeed();
    await step(id, 'close-joining');
    return id;
  };
  const evaluatingNeed = async () => {
    const id = await quotingNeed();
    const quote = await supplierQuotes(id);
    if (quote.status !== 201) throw new Error(`quote: ${quote.status} ${JSON.stringify(quote.body)}`);
    await step(id, 'close-quoting');
    return { id, quoteId: quote.body.id as string };
  };
  /** An awarded need the member's firm joined, and the order placed for it: accepted by the supplier, with a delivery, as asked. */
  const anOrder = async ({ accepted = false, delivered = false } = {}) => {
    const id = await openNeed();
    await http('member').post(`/procurements/${id}/participations`, { organizationId: orgOf('member'), quantity: '50' });
    await step(id, 'close-joining');
    const quote = await supplierQuotes(id);
    await step(id, 'close-quoting');
    await step(id, 'award', { quoteId: quote.body.id });
    const orderId: string = (
      await p.db.query(`SELECT id FROM procurement_orders WHERE procurement_id = $1 AND organization_id = $2`, [id, orgOf('member')])
    ).rows[0].id;
    if (accepted || delivered) await http('supplier').post(`/orders/${orderId}/accept`);
    if (delivered) await http('member').post(`/orders/${orderId}/deliveries`, { quantity: '50' });
    return { procurementId: id, orderId };
  };
  /** One order for the callers who are refused anyway; a fresh one for the one who may (each step happens once). */
  let shared: Promise<{ procurementId: string; orderId: string }> | undefined;
  const orderFor = (as: Caller, allowed: Caller, state: { accepted?: boolean; delivered?: boolean } = {}) =>
    as === allowed ? anOrder(state) : (shared ??= anOrder({ accepted: true }));

  let opened: ReturnType<typeof evaluatingNeed> | undefined;
  // Documents: attaching one changes no state, so one quote and one delivered order serve every caller.
  const aDocument = () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('ISO 9001')], { type: 'text/plain' }), 'certificate.txt');
    return form;
  };
  let quoted: Promise<string> | undefined;
  const aQuote = async () => {
    const id = await quotingNeed();
    return (await supplierQuotes(id)).body.id as string;
  };
  let delivered: Promise<{ orderId: string; deliveryId: string }> | undefined;
  const aDelivery = async () => {
    const { orderId } = await anOrder({ delivered: true });
    return {
      orderId,
      deliveryId: (await p.db.query(`SELECT id FROM order_deliveries WHERE order_id = $1`, [orderId])).rows[0].id as string,
    };
  };
  const aProject = async () =>
    (
      await http('agent').post(`/clusters/${cluster.id}/projects`, {
        title: 'Dye house',
        description: '',
        kind: 'shared_facility',
        startDate: day(0),
        endDate: day(90),
      })
    ).body.id as string;
  // The development cycle: a diagnostic open for answers and an indicator, made once before the runs.
  let surveyId: string;
  let indicatorId: string;
  const aSurvey = async (sent: boolean) => {
    const id = (
      await http('agent').post(`/clusters/${cluster.id}/surveys`, {
        title: { en: 'Diagnostic' },
        questions: [{ kind: 'number', text: { en: 'Looms?' } }],
      })
    ).body.id as string;
    if (sent) await http('agent').post(`/surveys/${id}/send`);
    return id;
  };
  const anIndicator = async () =>
    (await http('agent').post(`/clusters/${cluster.id}/indicators`, { name: { en: 'Looms' }, unit: 'looms', source: 'readings' })).body
      .id as string;
  // Partner search: an offer the bystander posted, and meetings the bystander asks of the caller (of the admin, for non-members).
  let offerId: string;
  const meetingAt = inSeconds(3 * 86400);
  const aMeetingWith = async (as: Caller) =>
    (
      await p.http.as(bystander).post(`/clusters/${cluster.id}/meetings`, {
        inviteeId: isMember(as) ? actors[as].id : actors.admin.id,
        proposedTimes: [meetingAt],
        agenda: 'Sharing the dye house',
      })
    ).body.id as string;
  const anOffer = async (who: Actor & { organizationId: string }) =>
    (
      await p.http.as(who).post(`/clusters/${cluster.id}/offers`, {
        organizationId: who.organizationId,
        direction: 'offer',
        kind: 'machine-sharing',
        title: 'Loom to share',
        description: '',
        hsCodes: ['8446'],
      })
    ).body.id as string;
  /** A public channel the caller sits in, when it is a member of the cluster at all. */
  const aChannel = async (as: Caller) => {
    const id = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `c-${randomUUID().slice(0, 8)}`, kind: 'public' })
    ).body.id as string;
    if (isMember(as) && as !== 'admin') await http(as).post(`/channels/${id}/join`);
    return id;
  };
  const aMessage = async (author: Actor) =>
    (await p.http.as(author).post(`/channels/${channelId}/messages`, { body: 'hello', clientMessageId: randomUUID() })).body.id as string;

  const MATRIX: Record<string, Entry> = {
    // Identity and health: public, or about the caller alone.
    'POST /api/v1/auth/register': { public: true },
    'POST /api/v1/auth/login': { public: true },
    'POST /api/v1/auth/refresh': { public: true },
    'POST /api/v1/auth/logout': { public: true },
    'GET /api/v1/health': { public: true },
    'GET /api/v1/health/ready': { public: true },
    'GET /api/v1/me': reading('self', () => '/me'),
    'PATCH /api/v1/me': { permission: 'self', ok: 200, call: () => ({ path: '/me', body: { displayName: 'Renamed' } }) },

    // Organizations: seen by their own people and by members of a cluster they take part in.
    'POST /api/v1/organizations': {
      permission: 'self',
      ok: 201,
      call: () => ({ path: '/organizations', body: { name: 'New firm', kind: 'firm', country: 'IR', city: 'Zanjan' } }),
    },
    'GET /api/v1/organizations': reading('self', () => '/organizations'),
    'GET /api/v1/organizations/{id}': reading('cluster.read', () => `/organizations/${orgOf('member')}`),
    'GET /api/v1/organizations/{id}/supplier-profile': reading(
      'supplier.read',
      () => `/organizations/${orgOf('supplier')}/supplier-profile`,
    ),
    'PUT /api/v1/organizations/{id}/supplier-profile': {
      // Only the organization's own people: the cluster's other members see it (403), outsiders do not (404).
      permission: 'supplier.read',
      ok: 403,
      except: { supplier: 200 },
      call: () => ({
        path: `/organizations/${orgOf('supplier')}/supplier-profile`,
        body: aZanjanSupplierProfile(),
      }),
    },

    // Clusters and membership.
    'POST /api/v1/clusters': {
      permission: 'self',
      ok: 201,
      call: () => ({
        path: '/clusters',
        body: { slug: `c-${randomUUID().slice(0, 8)}`, name: 'Another', sector: 'carpets', country: 'IR', region: 'Zanjan' },
      }),
    },
    'GET /api/v1/clusters': reading('self', () => '/clusters'),
    'GET /api/v1/clusters/{clusterId}': reading('cluster.read', () => `/clusters/${cluster.id}`),
    'PATCH /api/v1/clusters/{clusterId}': {
      permission: 'cluster.manage',
      ok: 200,
      call: () => ({ path: `/clusters/${cluster.id}`, body: { description: 'Hand-woven carpets' } }),
    },
    'GET /api/v1/clusters/{clusterId}/permissions': reading('cluster.read', () => `/clusters/${cluster.id}/permissions`),
    'GET /api/v1/clusters/{clusterId}/organizations': reading('cluster.read', () => `/clusters/${cluster.id}/organizations`),
    'GET /api/v1/clusters/{clusterId}/audit': reading('cluster.audit', () => `/clusters/${cluster.id}/audit`),
    'GET /api/v1/clusters/{clusterId}/invitations': reading('members.invite', () => `/clusters/${cluster.id}/invitations`),
    'GET /api/v1/clusters/{clusterId}/members': reading('members.read', () => `/clusters/${cluster.id}/members`),
    'POST /api/v1/clusters/{clusterId}/invitations': {
      permission: 'members.invite',
      ok: 201,
      call: () => ({ path: `/clusters/${cluster.id}/invitations`, body: { email: `guest-${randomUUID()}@example.test`, role: 'member' } }),
    },
    // One target each: the permission is checked before the target, so a refused call after the admin's still answers 403.
    'PATCH /api/v1/clusters/{clusterId}/members/{userId}': {
      permission: 'members.manage',
      ok: 200,
      call: () => ({ path: `/clusters/${cluster.id}/members/${demoted.id}`, body: { role: 'observer' } }),
    },
    'DELETE /api/v1/clusters/{clusterId}/members/{userId}': {
      permission: 'members.manage',
      ok: 204,
      call: () => ({ path: `/clusters/${cluster.id}/members/${removed.id}` }),
    },
    'POST /api/v1/invitations/{token}/accept': {
      // An invitation works only for the address it was sent to: everyone else is refused.
      permission: 'self',
      ok: 403,
      call: async () => ({
        path: `/invitations/${(await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/invitations`, { email: `someone-${randomUUID()}@example.test`, role: 'admin' })).body.token}/accept`,
        body: {},
      }),
    },

    // Channels and messages.
    'POST /api/v1/clusters/{clusterId}/channels': {
      permission: 'channel.create',
      ok: 201,
      call: () => ({ path: `/clusters/${cluster.id}/channels`, body: { name: `c-${randomUUID().slice(0, 8)}`, kind: 'public' } }),
    },
    'GET /api/v1/clusters/{clusterId}/channels': reading('channel.read', () => `/clusters/${cluster.id}/channels`),
    'POST /api/v1/clusters/{clusterId}/direct': {
      permission: 'direct.open',
      ok: 200,
      call: () => ({ path: `/clusters/${cluster.id}/direct`, body: { userIds: [bystander.id] } }),
    },
    'GET /api/v1/clusters/{clusterId}/search': reading('channel.read', () => `/clusters/${cluster.id}/search?q=hello`),
    'GET /api/v1/channels/{channelId}': reading('channel.read', () => `/channels/${channelId}`),
    // The topic, by anyone who may post there; archiving, by the channel's creator (the admin here) or a moderator.
    'PATCH /api/v1/channels/{channelId}': {
      permission: 'message.post',
      ok: 200,
      call: () => ({ path: `/channels/${channelId}`, body: { topic: 'Wool prices' } }),
    },
    'POST /api/v1/channels/{channelId}/join': {
      permission: 'channel.read',
      ok: 200,
      call: async (as) => ({ path: `/channels/${await aChannel(as)}/join` }),
    },
    'POST /api/v1/channels/{channelId}/leave': {
      permission: 'channel.read',
      ok: 204,
      call: async (as) => ({ path: `/channels/${await aChannel(as)}/leave` }),
    },
    'GET /api/v1/channels/{channelId}/members': reading('channel.read', () => `/channels/${channelId}/members`),
    'POST /api/v1/channels/{channelId}/members': {
      permission: 'channel.read',
      ok: 204,
      call: async (as) => ({ path: `/channels/${await aChannel(as)}/members`, body: { userId: bystander.id } }),
    },
    'POST /api/v1/channels/{channelId}/read': {
      permission: 'channel.read',
      ok: 204,
      call: () => ({ path: `/channels/${channelId}/read`, body: { seq: 1 } }),
    },
    'POST /api/v1/channels/{channelId}/messages': {
      permission: 'message.post',
      ok: 201,
      call: () => ({ path: `/channels/${channelId}/messages`, body: { body: 'hi', clientMessageId: randomUUID() } }),
    },
    'GET /api/v1/channels/{channelId}/messages': reading('channel.read', () => `/channels/${channelId}/messages`),
    'GET /api/v1/messages/{messageId}/replies': reading('channel.read', () => `/messages/${messageId}/replies`),
    'PATCH /api/v1/messages/{messageId}': {
      // Only its author (the bystander) edits a message.
      permission: 'channel.read',
      ok: 403,
      call: () => ({ path: `/messages/${messageId}`, body: { body: 'edited' } }),
    },
    'DELETE /api/v1/messages/{messageId}': {
      permission: 'message.moderate',
      ok: 204,
      call: async () => ({ path: `/messages/${await aMessage(bystander)}` }),
    },
    'PUT /api/v1/messages/{messageId}/reactions/{emoji}': reading(
      'channel.read',
      () => `/messages/${messageId}/reactions/${encodeURIComponent('👍')}`,
    ),
    'DELETE /api/v1/messages/{messageId}/reactions/{emoji}': reading(
      'channel.read',
      () => `/messages/${messageId}/reactions/${encodeURIComponent('👍')}`,
    ),
    'POST /api/v1/clusters/{clusterId}/files': {
      permission: 'file.upload',
      ok: 201,
      call: () => {
        const form = new FormData();
        form.append('file', new Blob([Buffer.from('wool,kg\n')], { type: 'text/csv' }), 'order.csv');
        return { path: `/clusters/${cluster.id}/files`, body: form };
      },
    },
    'GET /api/v1/files/{fileId}': reading('channel.read', () => `/files/${fileId}`),

    // Procurement.
    'POST /api/v1/clusters/{clusterId}/procurements': {
      permission: 'procurement.create',
      ok: 201,
      // It names an organization that does not take part in the cluster.
      except: { outsideOrg: 422 },
      call: (as) => ({
        path: `/clusters/${cluster.id}/procurements`,
        body: aNeedBy(actors[as], { title: 'Dyes', description: 'x', categoryCode: '3204', quantity: '10' }),
      }),
    },
    'GET /api/v1/clusters/{clusterId}/procurements': reading('procurement.read', () => `/clusters/${cluster.id}/procurements`),
    'GET /api/v1/procurements/{id}': reading('procurement.read', () => `/procurements/${needId}`),
    'GET /api/v1/procurements/{id}/matches': reading('procurement.read', () => `/procurements/${needId}/matches`),
    'GET /api/v1/procurements/{id}/quotes': reading('procurement.read', () => `/procurements/${needId}/quotes`),
    'GET /api/v1/procurements/{id}/ocds': reading('procurement.read', () => `/procurements/${needId}/ocds`),
    // The opened quotes ranked, for buyers only, once quoting has closed.
    'GET /api/v1/procurements/{id}/evaluation': {
      permission: 'quote.read-all',
      ok: 200,
      call: async () => ({ path: `/procurements/${(await (opened ??= evaluatingNeed())).id}/evaluation` }),
    },
    // Running a need: the cluster's organisers, or the people of the organization that posted it (the bystander's, not a caller's).
    'POST /api/v1/procurements/{id}/publish': {
      permission: 'procurement.manage',
      ok: 200,
      call: async () => ({ path: `/procurements/${await aNeed()}/publish` }),
    },
    'POST /api/v1/procurements/{id}/close-joining': {
      permission: 'procurement.manage',
      ok: 200,
      call: async () => ({ path: `/procurements/${await openNeed()}/close-joining` }),
    },
    'POST /api/v1/procurements/{id}/close-quoting': {
      permission: 'procurement.manage',
      ok: 200,
      call: async () => ({ path: `/procurements/${await quotingNeed()}/close-quoting` }),
    },
    'POST /api/v1/procurements/{id}/cancel': {
      permission: 'procurement.manage',
      ok: 200,
      call: async () => ({ path: `/procurements/${await openNeed()}/cancel` }),
    },
    'POST /api/v1/procurements/{id}/award': {
      permission: 'procurement.manage',
      ok: 200,
      call: async () => {
        const { id, quoteId } = await evaluatingNeed();
        return { path: `/procurements/${id}/award`, body: { quoteId } };
      },
    },
    // One lot of a need with lots, awarded whole to the supplier's quote for it.
    'POST /api/v1/procurements/{id}/lots/{lotId}/award': {
      permission: 'procurement.manage',
      ok: 200,
      call: async () => {
        const lots = [
          { title: 'Red', categoryCode: '510610', unit: 'kg', quantity: '40' },
          { title: 'Blue', categoryCode: '510610', unit: 'kg', quantity: '60' },
        ];
        const need = await p.http
          .as(bystander)
          .post(`/clusters/${cluster.id}/procurements`, aNeedInLotsBy(bystander, lots, { title: 'Yarn in two colours', description: '' }));
        const id = need.body.id as string;
        const lotId = need.body.lots[0].id as string;
        await step(id, 'publish');
        await step(id, 'close-joining');
        const quote = await http('supplier').post(`/procurements/${id}/quotes`, {
          organizationId: orgOf('supplier'),
          lots: [{ lotId, tiers: [{ minQuantity: '1', unitPrice: '12' }] }],
          leadTimeDays: 10,
          validUntil: inSeconds(86400 * 30),
        });
        if (quote.status !== 201) throw new Error(`lot quote: ${quote.status} ${JSON.stringify(quote.body)}`);
        await step(id, 'close-quoting');
        return { path: `/procurements/${id}/lots/${lotId}/award`, body: { awards: [{ quoteId: quote.body.id }] } };
      },
    },
    'POST /api/v1/procurements/{id}/complete': {
      permission: 'procurement.manage',
      ok: 200,
      call: async () => {
        const { id, quoteId } = await evaluatingNeed();
        await step(id, 'award', { quoteId });
        return { path: `/procurements/${id}/complete` };
      },
    },
    'POST /api/v1/procurements/{id}/participations': {
      permission: 'procurement.join',
      ok: 201,
      except: { outsideOrg: 422 },
      call: async (as) => ({
        path: `/procurements/${await openNeed()}/participations`,
        body: { organizationId: orgOf(as), quantity: '50' },
      }),
    },
    'PATCH /api/v1/procurements/{id}/participations/{organizationId}': {
      permission: 'procurement.join',
      ok: 200,
      // The bystander's participation: only its own people change it, so every buyer role but the owner's gets 403.
      except: { admin: 403, agent: 403, member: 403, outsideOrg: 403 },
      call: async () => ({
        path: `/procurements/${await openNeed()}/participations/${bystander.organizationId}`,
        body: { quantity: '60' },
      }),
    },
    'DELETE /api/v1/procurements/{id}/participations/{organizationId}': {
      permission: 'procurement.join',
      ok: 200,
      except: { outsideOrg: 422 },
      call: async (as) => {
        const id = await openNeed();
        if (roleMay(as === 'outsideOrg' ? 'member' : (as as Role), 'procurement.join') && isMember(as))
          await http(as).post(`/procurements/${id}/participations`, { organizationId: orgOf(as), quantity: '50' });
        return { path: `/procurements/${id}/participations/${orgOf(as)}` };
      },
    },
    'PATCH /api/v1/procurements/{id}': {
      permission: 'procurement.manage',
      ok: 200,
      call: () => ({ path: `/procurements/${needId}`, body: { description: `Amended ${randomUUID()}` } }),
    },
    'POST /api/v1/quotes/{id}/confirm': {
      permission: 'quote.submit',
      ok: 200,
      call: async () => {
        const id = await quotingNeed();
        const quote = await supplierQuotes(id);
        // A material amendment sends the quote back for confirmation.
        await p.http.as(cluster.admin).patch(`/procurements/${id}`, { description: `Amended ${randomUUID()}` });
        return { path: `/quotes/${quote.body.id}/confirm` };
      },
    },
    'POST /api/v1/procurements/{id}/questions': {
      permission: 'procurement.ask',
      ok: 201,
      call: () => ({ path: `/procurements/${needId}/questions`, body: { body: 'Is merino acceptable?' } }),
    },
    'GET /api/v1/procurements/{id}/questions': reading('procurement.read', () => `/procurements/${needId}/questions`),
    'POST /api/v1/procurements/{id}/questions/{questionId}/answer': {
      // The organisers, or the people of the organization that posted the need (the bystander's).
      permission: 'procurement.manage',
      ok: 200,
      call: async () => {
        const asked = await http('supplier').post(`/procurements/${needId}/questions`, { body: `Which dye? ${randomUUID()}` });
        return { path: `/procurements/${needId}/questions/${asked.body.id}/answer`, body: { body: 'Natural madder' } };
      },
    },
    'POST /api/v1/procurements/{id}/quotes': {
      permission: 'quote.submit',
      ok: 201,
      call: async (as) => ({
        path: `/procurements/${await quotingNeed()}/quotes`,
        body: { organizationId: orgOf(as), tiers: [{ minQuantity: '1', unitPrice: '11' }], leadTimeDays: 10, validUntil: inSeconds(86400) },
      }),
    },

    // Orders after the award: the parties to each order, and the organisers.
    'GET /api/v1/procurements/{id}/orders': {
      permission: 'procurement.read',
      ok: 200,
      call: async (as) => ({ path: `/procurements/${(await orderFor(as, 'admin')).procurementId}/orders` }),
    },
    'GET /api/v1/orders/{id}': {
      // Its supplier and buying firm (the member's), and the organisers; nobody else in the cluster.
      permission: 'procurement.manage',
      ok: 200,
      except: { supplier: 200, member: 200 },
      call: async (as) => ({ path: `/orders/${(await orderFor(as, 'admin')).orderId}` }),
    },
    'POST /api/v1/orders/{id}/accept': {
      permission: 'procurement.manage',
      ok: 403,
      except: { supplier: 200 },
      call: async (as) => ({ path: `/orders/${(await orderFor(as, 'supplier')).orderId}/accept` }),
    },
    'POST /api/v1/orders/{id}/deliveries': {
      permission: 'procurement.manage',
      ok: 403,
      except: { member: 201 },
      call: async (as) => ({
        path: `/orders/${(await orderFor(as, 'member', { accepted: true })).orderId}/deliveries`,
        body: { quantity: '10' },
      }),
    },
    'POST /api/v1/orders/{id}/confirm-receipt': {
      permission: 'procurement.manage',
      ok: 403,
      except: { member: 200 },
      call: async (as) => ({ path: `/orders/${(await orderFor(as, 'member', { delivered: true })).orderId}/confirm-receipt` }),
    },
    'POST /api/v1/orders/{id}/payments': {
      permission: 'procurement.manage',
      ok: 403,
      except: { member: 201 },
      call: async (as) => ({
        path: `/orders/${(await orderFor(as, 'member', { accepted: true })).orderId}/payments`,
        body: { amount: '1' },
      }),
    },

    // Documents on needs, quotes and deliveries (downloaded at GET /files/{fileId}).
    'GET /api/v1/procurements/{id}/documents': reading('procurement.read', () => `/procurements/${needId}/documents`),
    'POST /api/v1/procurements/{id}/documents': {
      // The organisers, or the people of the organization that posted the need (the bystander's).
      permission: 'procurement.manage',
      ok: 201,
      call: () => ({ path: `/procurements/${needId}/documents`, body: aDocument() }),
    },
    'POST /api/v1/quotes/{id}/documents': {
      permission: 'quote.submit',
      ok: 201,
      call: async () => ({ path: `/quotes/${await (quoted ??= aQuote())}/documents`, body: aDocument() }),
    },
    'POST /api/v1/orders/{id}/deliveries/{deliveryId}/documents': {
      // The order's two parties only: its buying firm (the member's) and its supplier.
      permission: 'procurement.manage',
      ok: 403,
      except: { supplier: 201, member: 201 },
      call: async () => {
        const { orderId, deliveryId } = await (delivered ??= aDelivery());
        return { path: `/orders/${orderId}/deliveries/${deliveryId}/documents`, body: aDocument() };
      },
    },

    // Suppliers.
    'GET /api/v1/categories': reading('self', () => '/categories?q=wool'),
    'GET /api/v1/clusters/{clusterId}/suppliers': reading('supplier.read', () => `/clusters/${cluster.id}/suppliers`),

    // Joint projects and the dashboard.
    'POST /api/v1/clusters/{clusterId}/projects': {
      permission: 'project.create',
      ok: 201,
      call: () => ({
        path: `/clusters/${cluster.id}/projects`,
        body: { title: 'Fair', description: '', kind: 'trade_fair', startDate: day(0), endDate: day(30) },
      }),
    },
    'GET /api/v1/clusters/{clusterId}/projects': reading('project.read', () => `/clusters/${cluster.id}/projects`),
    'GET /api/v1/projects/{id}': reading('project.read', () => `/projects/${projectId}`),
    'GET /api/v1/projects/{id}/activity': reading('project.read', () => `/projects/${projectId}/activity`),
    'POST /api/v1/projects/{id}/members': {
      permission: 'project.manage',
      ok: 201,
      call: async () => ({ path: `/projects/${await aProject()}/members`, body: { organizationId: bystander.organizationId } }),
    },
    'PATCH /api/v1/projects/{id}/members/{organizationId}': {
      permission: 'project.manage',
      ok: 200,
      call: () => ({ path: `/projects/${projectId}/members/${bystander.organizationId}`, body: { pledged: '100' } }),
    },
    'POST /api/v1/projects/{id}/milestones': {
      permission: 'project.manage',
      ok: 201,
      call: () => ({ path: `/projects/${projectId}/milestones`, body: { title: 'Booth booked', dueDate: day(10) } }),
    },
    'POST /api/v1/projects/{id}/tasks': {
      permission: 'project.work',
      ok: 201,
      call: () => ({ path: `/projects/${projectId}/tasks`, body: { title: 'Print flyers' } }),
    },
    'PATCH /api/v1/tasks/{id}': {
      permission: 'project.work',
      ok: 200,
      call: () => ({ path: `/tasks/${taskId}`, body: { status: 'doing' } }),
    },
    'GET /api/v1/clusters/{clusterId}/dashboard': reading('dashboard.read', () => `/clusters/${cluster.id}/dashboard`),
    'GET /api/v1/clusters/{clusterId}/dashboard.csv': reading('dashboard.read', () => `/clusters/${cluster.id}/dashboard.csv`),

    // The development cycle: the diagnostic, indicators, and projects tied to them.
    'POST /api/v1/clusters/{clusterId}/surveys': {
      permission: 'survey.manage',
      ok: 201,
      call: () => ({
        path: `/clusters/${cluster.id}/surveys`,
        body: { title: { fa: 'مطالعه' }, questions: [{ kind: 'text', text: { en: 'Needs?' } }] },
      }),
    },
    'GET /api/v1/clusters/{clusterId}/surveys': reading('survey.read', () => `/clusters/${cluster.id}/surveys`),
    'GET /api/v1/surveys/{id}': reading('survey.read', () => `/surveys/${surveyId}`),
    'POST /api/v1/surveys/{id}/send': {
      permission: 'survey.manage',
      ok: 201,
      call: async () => ({ path: `/surveys/${await aSurvey(false)}/send` }),
    },
    'POST /api/v1/surveys/{id}/close': {
      permission: 'survey.manage',
      ok: 201,
      call: async () => ({ path: `/surveys/${await aSurvey(true)}/close` }),
    },
    'PUT /api/v1/surveys/{id}/answers': {
      permission: 'survey.answer',
      ok: 200,
      except: { outsideOrg: 422 },
      call: (as) => ({
        path: `/surveys/${surveyId}/answers`,
        body: { organizationId: orgOf(as), answers: [{ questionId: 'q1', value: '12' }] },
      }),
    },
    'GET /api/v1/surveys/{id}/results': reading('survey.manage', () => `/surveys/${surveyId}/results`),
    'POST /api/v1/clusters/{clusterId}/indicators': {
      permission: 'indicator.manage',
      ok: 201,
      call: () => ({ path: `/clusters/${cluster.id}/indicators`, body: { name: { en: 'Exports' }, unit: 'USD', source: 'readings' } }),
    },
    'GET /api/v1/clusters/{clusterId}/indicators': reading('indicator.read', () => `/clusters/${cluster.id}/indicators`),
    'GET /api/v1/clusters/{clusterId}/indicators.csv': reading('indicator.read', () => `/clusters/${cluster.id}/indicators.csv`),
    'GET /api/v1/clusters/{clusterId}/indicators/report': reading('indicator.read', () => `/clusters/${cluster.id}/indicators/report`),
    'GET /api/v1/indicators/{id}': reading('indicator.read', () => `/indicators/${indicatorId}`),
    'PUT /api/v1/indicators/{id}/baseline': {
      permission: 'indicator.manage',
      ok: 200,
      call: () => ({ path: `/indicators/${indicatorId}/baseline`, body: { value: '100' } }),
    },
    'PUT /api/v1/indicators/{id}/baseline/from-survey': {
      permission: 'indicator.manage',
      ok: 200,
      call: () => ({
        path: `/indicators/${indicatorId}/baseline/from-survey`,
        body: { surveyId, questionId: 'q1', statistic: 'answered' },
      }),
    },
    'PUT /api/v1/indicators/{id}/targets': {
      permission: 'indicator.manage',
      ok: 200,
      call: () => ({ path: `/indicators/${indicatorId}/targets`, body: { dueDate: day(365), value: '200' } }),
    },
    'POST /api/v1/indicators/{id}/readings': {
      permission: 'indicator.manage',
      ok: 201,
      call: () => ({ path: `/indicators/${indicatorId}/readings`, body: { value: '120' } }),
    },
    'GET /api/v1/projects/{id}/results': reading('project.read', () => `/projects/${projectId}/results`),
    'PUT /api/v1/projects/{id}/results': {
      permission: 'project.manage',
      ok: 200,
      call: () => ({ path: `/projects/${projectId}/results`, body: { indicatorIds: [indicatorId], stage: 'pilot' } }),
    },
    'GET /api/v1/clusters/{clusterId}/plan': reading('project.read', () => `/clusters/${cluster.id}/plan`),
    'POST /api/v1/clusters/{clusterId}/offers': {
      permission: 'offer.post',
      ok: 201,
      except: { outsideOrg: 422 },
      call: (as) => ({
        path: `/clusters/${cluster.id}/offers`,
        body: {
          organizationId: orgOf(as),
          direction: 'request',
          kind: 'subcontracting',
          title: 'Dyeing wanted',
          description: '',
          hsCodes: ['5106'],
        },
      }),
    },
    'GET /api/v1/clusters/{clusterId}/offers': reading('offer.read', () => `/clusters/${cluster.id}/offers?q=LOOM`),
    'GET /api/v1/offers/{id}': reading('offer.read', () => `/offers/${offerId}`),
    // Whoever posted it (the bystander here) or an organiser closes an offer.
    'POST /api/v1/offers/{id}/close': {
      permission: 'members.invite',
      ok: 201,
      call: async () => ({ path: `/offers/${await anOffer(bystander)}/close` }),
    },
    // Interest opens a DM with the poster, so it takes what opening a DM takes.
    'POST /api/v1/offers/{id}/interest': { permission: 'direct.open', ok: 201, call: () => ({ path: `/offers/${offerId}/interest` }) },
    'POST /api/v1/clusters/{clusterId}/meetings': {
      permission: 'meeting.request',
      ok: 201,
      call: () => ({
        path: `/clusters/${cluster.id}/meetings`,
        body: { inviteeId: bystander.id, proposedTimes: [meetingAt], agenda: 'Talk' },
      }),
    },
    'GET /api/v1/clusters/{clusterId}/meetings': reading('offer.read', () => `/clusters/${cluster.id}/meetings`),
    // A meeting is its two people's: each member caller is the one invited, whatever the role.
    'GET /api/v1/meetings/{id}': {
      permission: 'offer.read',
      ok: 200,
      call: async (as) => ({ path: `/meetings/${await aMeetingWith(as)}` }),
    },
    'POST /api/v1/meetings/{id}/accept': {
      permission: 'offer.read',
      ok: 201,
      call: async (as) => ({ path: `/meetings/${await aMeetingWith(as)}/accept`, body: { startsAt: meetingAt } }),
    },
    'POST /api/v1/meetings/{id}/decline': {
      permission: 'offer.read',
      ok: 201,
      call: async (as) => ({ path: `/meetings/${await aMeetingWith(as)}/decline` }),
    },
    'POST /api/v1/meetings/{id}/cancel': {
      permission: 'offer.read',
      ok: 201,
      call: async (as) => ({ path: `/meetings/${await aMeetingWith(as)}/cancel` }),
    },
    // The opt-in public page: organisers publish it, each firm lists itself; anyone reads a published one.
    'GET /api/v1/clusters/{clusterId}/public-page': reading('cluster.read', () => `/clusters/${cluster.id}/public-page`),
    'PUT /api/v1/clusters/{clusterId}/public-page': {
      permission: 'cluster.publish',
      ok: 200,
      call: () => ({ path: `/clusters/${cluster.id}/public-page`, body: { published: true } }),
    },
    'PUT /api/v1/clusters/{clusterId}/public-page/listing': {
      permission: 'offer.post',
      ok: 200,
      except: { outsideOrg: 422 },
      call: (as) => ({
        path: `/clusters/${cluster.id}/public-page/listing`,
        body: { organizationId: orgOf(as), listed: true, makes: 'Carpets' },
      }),
    },
    'GET /api/v1/public/clusters/{slug}': { public: true },
    'POST /api/v1/public/clusters/{slug}/contact': { public: true },

    // Notifications and system jobs: each caller's own.
    'GET /api/v1/notifications': reading('self', () => '/notifications'),
    'POST /api/v1/notifications/read-all': { permission: 'self', ok: 204, call: () => ({ path: '/notifications/read-all' }) },
    // Someone else's notification: no caller may mark it, and none learns it exists.
    'POST /api/v1/notifications/{id}/read': {
      permission: 'self',
      ok: 404,
      call: () => ({ path: `/notifications/${notificationId}/read` }),
    },
    'GET /api/v1/push/public-key': reading('self', () => '/push/public-key'),
    'POST /api/v1/push/subscriptions': {
      permission: 'self',
      ok: 201,
      call: () => ({
        path: '/push/subscriptions',
        body: {
          endpoint: `https://push.example.test/${madeUp()}`,
          keys: {
            p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
            auth: 'tBHItJI5svbpez7KI4CCXg',
          },
        },
      }),
    },
    'DELETE /api/v1/push/subscriptions': {
      permission: 'self',
      ok: 204,
      call: () => ({ path: '/push/subscriptions', body: { endpoint: `https://push.example.test/${madeUp()}` } }),
    },
    'GET /api/v1/push/preferences': reading('self', () => '/push/preferences'),
    'PUT /api/v1/push/preferences': {
      permission: 'self',
      ok: 200,
      call: () => ({ path: '/push/preferences', body: { kinds: ['mention'], quietFrom: 1320, quietUntil: 420, timeZone: 'Asia/Tehran' } }),
    },
    'POST /api/v1/system/jobs': { permission: 'self', ok: 202, call: () => ({ path: '/system/jobs', body: { message: 'ping' } }) },
    'GET /api/v1/system/jobs/{id}': {
      permission: 'self',
      ok: 200,
      call: async (as) => ({ path: `/system/jobs/${(await http(as).post('/system/jobs', { message: 'mine' })).body.id}` }),
    },
  };

  const expected = (entry: Entry, caller: Caller): number => {
    if (entry.except?.[caller] !== undefined) return entry.except[caller]!;
    if (entry.permission === 'self') return entry.ok!;
    if (NON_MEMBERS.includes(caller)) return 404;
    const role: Role = caller === 'outsideOrg' ? 'member' : (caller as Role);
    return roleMay(role, entry.permission!) ? entry.ok! : 403;
  };

  const send = async (method: string, as: Caller | null, call: Call) => {
    const client = as ? http(as) : p.http;
    return client.request(method, call.path, call.body);
  };

  beforeAll(async () => {
    p = await startPlatform({ worker: false, env: { RATE_LIMIT_API_PER_MINUTE: '100000' } });
    cluster = await aCluster(p);
    // The admin acts for an organization of the cluster too, so that it can post needs.
    const adminOrg = await anOrganization(p, cluster.admin);
    const self = await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/invitations`, { email: cluster.admin.email, role: 'admin' });
    await p.http.as(cluster.admin).post(`/invitations/${self.body.token}/accept`, { organizationId: adminOrg });
    actors.admin = { ...cluster.admin, organizationId: adminOrg };
    for (const role of ['agent', 'member', 'supplier', 'observer'] as const)
      actors[role] = (await cluster.withMember(role)) as Actor & { organizationId: string };
    bystander = (await cluster.withMember('member')) as Actor & { organizationId: string };
    demoted = await cluster.withMember('member', { organization: false });
    removed = await cluster.withMember('member', { organization: false });
    const outsider = await aUser(p);
    actors.outsider = { ...outsider, organizationId: await anOrganization(p, outsider) };
    const other = await aCluster(p);
    actors.otherCluster = { ...other.admin, organizationId: await anOrganization(p, other.admin) };
    const outsideOrg = await cluster.withMember('member', { organization: false });
    actors.outsideOrg = { ...outsideOrg, organizationId: await anOrganization(p, outsideOrg, { name: 'Not in the cluster' }) };

    channelId = await aChannel('admin');
    for (const who of [...CALLERS.filter(isMember), 'member'] as Caller[])
      if (who !== 'admin') await http(who).post(`/channels/${channelId}/join`);
    await p.http.as(bystander).post(`/channels/${channelId}/join`);
    messageId = await aMessage(bystander);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('price list')], { type: 'text/plain' }), 'prices.txt');
    fileId = (await http('member').post(`/clusters/${cluster.id}/files`, form)).body.id;
    await http('member').post(`/channels/${channelId}/messages`, {
      body: 'prices',
      clientMessageId: randomUUID(),
      attachmentIds: [fileId],
    });
    await http('supplier').put(`/organizations/${orgOf('supplier')}/supplier-profile`, aZanjanSupplierProfile());
    needId = await openNeed();
    projectId = await aProject();
    await http('agent').post(`/projects/${projectId}/members`, { organizationId: bystander.organizationId });
    taskId = (await http('agent').post(`/projects/${projectId}/tasks`, { title: 'Book the booth' })).body.id;
    surveyId = await aSurvey(true);
    indicatorId = await anIndicator();
    offerId = await anOffer(bystander);
    notificationId = (await p.db.query(`SELECT id FROM notifications WHERE user_id = $1 LIMIT 1`, [bystander.id])).rows[0]?.id ?? madeUp();
  });
  afterAll(() => p.close());

  it('has an entry for every route of the OpenAPI document, and none for a route that is gone', async () => {
    const doc = await p.http.get('//docs-json');
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect({
      missing: documented.filter((r) => !MATRIX[r]).sort(),
      gone: Object.keys(MATRIX)
        .filter((r) => !documented.includes(r))
        .sort(),
    }).toEqual({ missing: [], gone: [] });
  });

  for (const [route, entry] of Object.entries(MATRIX)) {
    if (entry.public) continue;
    const [method] = route.split(' ');
    it(`${route}: each caller gets what the permission table says`, async () => {
      const want: Record<string, number> = {};
      const got: Record<string, number> = {};
      for (const caller of CALLERS) {
        want[caller] = expected(entry, caller);
        const res = await send(method, caller, await entry.call!(caller));
        got[caller] = res.status;
      }
      expect(got).toEqual(want);
    });
  }

  it('answers 401 to every route but the public ones without a token', async () => {
    const statuses: Record<string, number> = {};
    for (const [route, entry] of Object.entries(MATRIX)) {
      if (entry.public) continue;
      const [method, path] = route.split(' ');
      const filled = path.replace(/^\/api\/v1/, '').replace(/\{[^}]+\}/g, (m) => (m === '{emoji}' ? 'x' : madeUp()));
      statuses[route] = (await send(method, null, { path: filled })).status;
    }
    expect(Object.entries(statuses).filter(([, s]) => s !== 401)).toEqual([]);
  });

  it('gives a non-member the same answer for a real id and a made-up one on every route inside a cluster', async () => {
    const differing: string[] = [];
    for (const [route, entry] of Object.entries(MATRIX)) {
      if (entry.public || entry.permission === 'self' || entry.except?.outsider !== undefined) continue;
      const [method] = route.split(' ');
      const real = await entry.call!('outsider');
      const fake = { ...real, path: real.path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, () => madeUp()) };
      const [a, b] = [await send(method, 'outsider', real), await send(method, 'outsider', fake)];
      if (a.status !== b.status || JSON.stringify(a.body) !== JSON.stringify(b.body))
        differing.push(`${route}: ${a.status} ${JSON.stringify(a.body)} vs ${b.status} ${JSON.stringify(b.body)}`);
    }
    expect(differing).toEqual([]);
  });
});
