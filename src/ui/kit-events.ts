import type { CkSelectDetail } from './combobox.js';
import type { CkValueDetail } from './field.js';

/** Detail of `ck-retry`: the user asked a ck-alert to try again. */
export type CkRetryDetail = Record<string, never>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-input': CustomEvent<CkValueDetail<unknown>>;
    'ck-change': CustomEvent<CkValueDetail<unknown>>;
    'ck-select': CustomEvent<CkSelectDetail>;
    'ck-retry': CustomEvent<CkRetryDetail>;
  }
}

/**
 * The detail type of the event named `K`, from the map each events module augments: `emit`
 * takes it, so an event's name and its detail cannot drift apart.
 */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
