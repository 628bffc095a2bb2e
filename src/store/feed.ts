import type { Change } from './db';
import type { StoreError } from './errors';

export type FeedMessage =
  | { kind: 'changes'; programmeId: string; changes: Change[]; label: string; remote?: boolean }
  | { kind: 'closed'; reason: StoreError };

/**
 * Tells this tab and every other open tab which records changed. Other tabs get the message
 * through a BroadcastChannel named after the database, so two tabs on one programme see each
 * other's edits at once; listeners here are called synchronously after a commit.
 */
export class ChangeFeed {
  private listeners = new Set<(m: FeedMessage) => void>();
  private channel: BroadcastChannel | null;

  constructor(name: string) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`${name}:changes`);
    if (this.channel) this.channel.onmessage = (ev: MessageEvent<FeedMessage>) => this.local({ ...ev.data, remote: true } as FeedMessage);
  }

  subscribe(fn: (m: FeedMessage) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Tells every tab; `here: false` tells only the others (this tab has shown the change already). */
  publish(m: FeedMessage, here = true): void {
    if (here) this.local(m);
    this.channel?.postMessage(m);
  }

  local(m: FeedMessage): void {
    for (const fn of this.listeners) fn(m);
  }

  close(): void {
    this.channel?.close();
    this.listeners.clear();
  }
}
