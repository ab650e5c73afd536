import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../access/actor.js';

/** What the platform knows about the request being served, wherever the code runs. */
export interface RequestContext {
  requestId: string;
  ip: string | null;
  actor: Actor | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
  actor(): Actor | null {
    return storage.getStore()?.actor ?? null;
  },
  setActor(actor: Actor | null): void {
    const store = storage.getStore();
    if (store) store.actor = actor;
  },
};
