import { createContext, useContext } from 'react';
import type { Cluster, Me, Member } from './types';

export interface Session {
  me: Me;
  clusters: Cluster[];
  cluster: Cluster | null;
  members: Member[];
  reload(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);
export const useSession = () => useContext(SessionContext)!;
export const nameOf = (members: Member[], userId: string) => members.find((m) => m.userId === userId)?.displayName ?? '…';
