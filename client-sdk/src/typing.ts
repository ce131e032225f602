export interface TypingSenderOptions {
  /** The server forwards at most one typing frame per second per socket and conversation. */
  minIntervalMs?: number;
  /** While typing goes on, `typing: true` is repeated this often (receivers hide it after 6 s). */
  refreshMs?: number;
  /** No keystroke for this long: `typing: false` is sent. */
  idleMs?: number;
  now?: () => number;
}

interface Typing {
  typing: boolean;
  lastSentAt: number;
  idle: ReturnType<typeof setTimeout> | null;
  stop: ReturnType<typeof setTimeout> | null;
}

/**
 * Turns keystrokes into few typing frames: `true` on the first one and again every `refreshMs` while they go
 * on, `false` after `idleMs` without one (or on `stop`), never two frames within `minIntervalMs` (a stop that
 * comes too soon waits, so the server does not drop it). A sent message clears it without a frame: receivers
 * hide the indicator on the sender's message.
 */
export class TypingSender {
  private readonly byConversation = new Map<string, Typing>();
  private readonly minInterval: number;
  private readonly refresh: number;
  private readonly idle: number;
  private readonly now: () => number;

  constructor(
    private readonly send: (conversationId: string, typing: boolean) => boolean,
    options: TypingSenderOptions = {},
  ) {
    this.minInterval = options.minIntervalMs ?? 1000;
    this.refresh = options.refreshMs ?? 3000;
    this.idle = options.idleMs ?? 4000;
    this.now = options.now ?? Date.now;
  }

  /** The user typed something in the conversation's composer. */
  activity(conversationId: string): void {
    const state = this.get(conversationId);
    this.clearTimer(state, 'stop');
    const now = this.now();
    const since = now - state.lastSentAt;
    if ((!state.typing || since >= this.refresh) && since >= this.minInterval) {
      if (this.send(conversationId, true)) {
        state.typing = true;
        state.lastSentAt = now;
      }
    }
    this.clearTimer(state, 'idle');
    state.idle = setTimeout(() => {
      state.idle = null;
      this.stop(conversationId);
    }, this.idle);
  }

  /** The user stopped (cleared the box, left the conversation): `false`, once allowed. */
  stop(conversationId: string): void {
    const state = this.byConversation.get(conversationId);
    if (!state?.typing) {
      return;
    }
    this.clearTimer(state, 'idle');
    this.clearTimer(state, 'stop');
    const wait = state.lastSentAt + this.minInterval - this.now();
    const sendStop = () => {
      state.stop = null;
      if (state.typing && this.send(conversationId, false)) {
        state.lastSentAt = this.now();
      }
      state.typing = false;
    };
    if (wait > 0) {
      state.stop = setTimeout(sendStop, wait);
    } else {
      sendStop();
    }
  }

  /** The user's message went out: receivers hide the indicator on it, so no frame is needed. */
  messageSent(conversationId: string): void {
    const state = this.byConversation.get(conversationId);
    if (state) {
      this.clearTimer(state, 'idle');
      this.clearTimer(state, 'stop');
      state.typing = false;
    }
  }

  clear(): void {
    for (const state of this.byConversation.values()) {
      this.clearTimer(state, 'idle');
      this.clearTimer(state, 'stop');
    }
    this.byConversation.clear();
  }

  private get(conversationId: string): Typing {
    let state = this.byConversation.get(conversationId);
    if (!state) {
      state = { typing: false, lastSentAt: -Infinity, idle: null, stop: null };
      this.byConversation.set(conversationId, state);
    }
    return state;
  }

  private clearTimer(state: Typing, which: 'idle' | 'stop'): void {
    const timer = state[which];
    if (timer !== null) {
      clearTimeout(timer);
      state[which] = null;
    }
  }
}
