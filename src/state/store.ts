// A minimal observable store: the single source of truth for view state. The renderer, the
// panels and the URL subscribe to it; changes go through pure producers (state) => state.

export type Producer<S> = (state: S) => S;
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Applies a producer; listeners run only if the producer returned a new object. */
  update(producer: Producer<S>): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      const next = producer(previous);
      if (next === previous) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
