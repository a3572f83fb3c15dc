import { randomUUID } from 'node:crypto';
import { ClustersModule } from '@hamkar/clusters';
import { Forbidden, NotFound } from '@hamkar/common';
import { FilesModule } from '@hamkar/files';
import { IdentityModule } from '@hamkar/identity';
import { ChannelsService, MessagesService, MessagingModule, PostMessage } from '@hamkar/messaging';
import { NotificationsModule } from '@hamkar/notifications';
import { ClusterFixture, givenThrough, Person } from './support/service-factories';
import { serviceTest } from './support/service-test';

const t = serviceTest([IdentityModule, ClustersModule, NotificationsModule, FilesModule, MessagingModule]);
const given = givenThrough(t);
const say = (author: Person, channelId: string, body: string) =>
  t.get(PostMessage).post(author.id, { channelId, body, clientMessageId: randomUUID() });
const noSuchChannel = { code: 'resource.not-found', params: { resource: 'channel' } };

describe('who may read and post in a channel, through the services', () => {
  let cluster: ClusterFixture;
  let creator: Person;
  let colleague: Person;
  let outsider: Person;

  beforeAll(async () => {
    cluster = await given.aCluster();
    creator = await cluster.withMember('member');
    colleague = await cluster.withMember('member');
    // Someone with a cluster of their own, who is no member of this one.
    outsider = (await given.aCluster()).admin;
  });

  const aChannel = (kind: 'public' | 'private') =>
    t.get(ChannelsService).create(creator.id, cluster.id, { name: `${kind}-${randomUUID().slice(0, 6)}`, kind });
  const aPrivateChannel = () => aChannel('private');

  it('lets the members of a private channel read and post, and tells the channel of each message', async () => {
    const channel = await aPrivateChannel();
    await t.get(ChannelsService).addMember(creator.id, channel.id, colleague.id);
    const { message } = await say(colleague, channel.id, 'نمونه‌ها فردا می‌رسند');
    const history = await t.get(MessagesService).history(creator.id, channel.id, { limit: 50 });
    expect(history.items.map((m) => m.body)).toEqual(['نمونه‌ها فردا می‌رسند']);
    expect(t.realtime.sent).toContainEqual({ to: 'channel', channelId: channel.id, event: 'message:new', payload: message });
  });

  it('hides a private channel from a cluster member without a seat, as if it did not exist', async () => {
    const channel = await aPrivateChannel();
    await expect(t.get(ChannelsService).get(colleague.id, channel.id)).rejects.toThrow(NotFound);
    await expect(t.get(MessagesService).history(colleague.id, channel.id, { limit: 50 })).rejects.toMatchObject(noSuchChannel);
    await expect(say(colleague, channel.id, 'hello?')).rejects.toThrow(NotFound);
    // Nor can it seat itself as it could in a public channel.
    await expect(t.get(ChannelsService).join(colleague.id, channel.id)).rejects.toThrow(NotFound);
    expect(t.realtime.events('message:new')).toEqual([]);
  });

  it('answers not found to someone outside the cluster, for public and private channels alike', async () => {
    const open = await aChannel('public');
    const closed = await aPrivateChannel();
    for (const channel of [open, closed]) {
      await expect(t.get(ChannelsService).get(outsider.id, channel.id)).rejects.toThrow(NotFound);
      await expect(say(outsider, channel.id, 'hi')).rejects.toThrow(NotFound);
    }
    // The same answer as for a channel that does not exist at all.
    await expect(t.get(ChannelsService).get(outsider.id, randomUUID())).rejects.toMatchObject(noSuchChannel);
  });

  it('lets any cluster member read and post in a public channel', async () => {
    const open = await aChannel('public');
    await say(creator, open.id, 'salam');
    expect((await t.get(MessagesService).history(colleague.id, open.id, { limit: 50 })).items.map((m) => m.body)).toEqual(['salam']);
    await t.get(ChannelsService).join(colleague.id, open.id);
    await expect(say(colleague, open.id, 'salam!')).resolves.toMatchObject({ created: true });
  });

  it('lets an observer read a public channel but not post in it', async () => {
    const observer = await cluster.withMember('observer', { organization: false });
    const open = await aChannel('public');
    await say(creator, open.id, 'salam');
    expect((await t.get(MessagesService).history(observer.id, open.id, { limit: 50 })).items).toHaveLength(1);
    const posted = say(observer, open.id, 'I am only watching');
    await expect(posted).rejects.toThrow(Forbidden);
    await expect(posted).rejects.toMatchObject({ code: 'access.denied', params: { action: 'message.post', role: 'observer' } });
  });

  it('does not let a member bring someone from outside the cluster into a private channel', async () => {
    const channel = await aPrivateChannel();
    await expect(t.get(ChannelsService).addMember(creator.id, channel.id, outsider.id)).rejects.toThrow(NotFound);
    await expect(t.get(ChannelsService).get(outsider.id, channel.id)).rejects.toThrow(NotFound);
  });
});
