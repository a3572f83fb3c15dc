import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RealtimePublisher, rooms } from '@hamkar/realtime';
import { Channel } from './channel.entity';
import { channelView, ChannelsService } from './channels.service';

/** Channels the platform makes for a project or a procurement; other contexts open them inside their own transaction. */
@Injectable()
export class PlatformChannels {
  constructor(
    private readonly channels: ChannelsService,
    private readonly realtime: RealtimePublisher,
    private readonly dataSource: DataSource,
  ) {}

  async open(
    manager: EntityManager,
    input: { clusterId: string; kind: 'project' | 'procurement'; name: string; topic?: string; memberUserIds: string[] },
  ): Promise<{ id: string }> {
    const channel = await manager.save(
      Channel,
      manager.create(Channel, {
        clusterId: input.clusterId,
        kind: input.kind,
        name: input.name,
        topic: input.topic ?? null,
        createdBy: null,
      }),
    );
    await this.channels.addSeats(manager, channel.id, [...new Set(input.memberUserIds)]);
    return { id: channel.id };
  }

  addMembers(manager: EntityManager, channelId: string, userIds: string[]): Promise<void> {
    return this.channels.addSeats(manager, channelId, [...new Set(userIds)]);
  }

  /** After commit: live sockets of these users follow the channel. */
  announce(channelId: string, userIds: string[]): void {
    this.realtime.joinRoom(userIds, rooms.channel(channelId));
    // The channel is committed by now; a failed read only costs the event, clients refetch the list.
    this.dataSource.manager
      .findOneBy(Channel, { id: channelId })
      .then((c) => c && this.realtime.toUsers(userIds, 'channel:updated', channelView(c)))
      .catch(() => undefined);
  }
}
