import { Injectable } from '@nestjs/common';

/**
 * Contexts that put sockets into rooms at connect time (messaging adds every channel the user
 * belongs to) register here, so the gateway stays ignorant of what a channel is.
 */
export type RoomSource = (userId: string) => Promise<string[]>;

@Injectable()
export class SocketRoomSources {
  private readonly sources: RoomSource[] = [];

  register(source: RoomSource) {
    this.sources.push(source);
  }

  async roomsOf(userId: string): Promise<string[]> {
    return (await Promise.all(this.sources.map((s) => s(userId)))).flat();
  }
}
