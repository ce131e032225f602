/** A minimal external store: `getState` returns the same object until something changed (useSyncExternalStore). */
export type Listener = () => void;

export class Store<T> {
  private readonly listeners = new Set<Listener>();

  constructor(private state: T) {}

  getState = (): T => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  setState(next: T): void {
    if (Object.is(next, this.state)) {
      return;
    }
    this.state = next;
    for (const listener of [...this.listeners]) {
      listener();
    }
  }

  update(change: (state: T) => T): void {
    this.setState(change(this.state));
  }
}
