import type { ConversationView } from '@parley/client-sdk';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useParleyState } from '../parley.tsx';
import { useConversations } from '../queries/useConversations.ts';
import { unreadCount, useReadPositions } from '../workspace/readState.ts';
import { beep } from './beep.ts';
import {
  alertTitle,
  attentionCount,
  baselineAssignments,
  BASE_TITLE,
  detectNewAssignments,
} from './titleAlert.ts';

/** New assignments not opened yet (focus does not clear it; opening one or dismissing does). */
export interface NewAssignmentNotice {
  conversationIds: string[];
  at: number;
}

export interface Attention {
  /** Unread messages of a conversation (SDK count, corrected by read positions remembered for the tab). */
  unreadOf: (view: ConversationView) => number;
  /** New assignments not yet acknowledged by focusing the tab or opening them (the title counts these). */
  unacknowledged: ReadonlySet<string>;
  acknowledge: (conversationId: string) => void;
  notice: NewAssignmentNotice | null;
  dismissNotice: () => void;
  soundOn: boolean;
  setSoundOn: (on: boolean) => void;
}

const AttentionContext = createContext<Attention | null>(null);

export function useAttention(): Attention {
  const attention = useContext(AttentionContext);
  if (!attention) {
    throw new Error('useAttention outside AttentionProvider');
  }
  return attention;
}

const SOUND_KEY = 'parley.dashboard.sound';

/**
 * Watches the agent's conversations: new assignments beep and raise a notice; the tab title shows
 * "(N) Parley" while N conversations want attention, reset on focus (new ones) and on read (unread ones).
 * Mount one per signed-in user.
 */
export function AttentionProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const byId = useParleyState((s) => s.conversations.byId);
  const views = useMemo(() => Object.values(byId), [byId]);
  const [positions, remember] = useReadPositions(userId);
  const listed = useConversations();
  const known = useRef<Set<string> | null>(null);
  const [unacknowledged, setUnacknowledged] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<NewAssignmentNotice | null>(null);
  const [soundOn, setSound] = useState(() => localStorage.getItem(SOUND_KEY) !== 'off');

  useEffect(() => remember(views), [views, remember]);

  useEffect(() => {
    if (known.current === null) {
      if (!listed.data) {
        return;
      }
      known.current = baselineAssignments(listed.data, userId);
    }
    const fresh = detectNewAssignments(known.current, views, userId);
    if (fresh.length === 0) {
      return;
    }
    fresh.forEach((id) => known.current?.add(id));
    setUnacknowledged((current) => new Set([...current, ...fresh]));
    setNotice((current) => ({
      conversationIds: [...(current?.conversationIds ?? []), ...fresh],
      at: Date.now(),
    }));
    if (soundOn) {
      beep();
    }
  }, [views, listed.data, userId, soundOn]);

  useEffect(() => {
    const onFocus = () => setUnacknowledged((current) => (current.size === 0 ? current : new Set()));
    const onVisible = () => document.visibilityState === 'visible' && document.hasFocus() && onFocus();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  const unreadOf = useCallback(
    (view: ConversationView) => unreadCount(view, userId, positions[view.id]),
    [userId, positions],
  );
  const count = attentionCount(views, userId, unreadOf, unacknowledged);
  useEffect(() => {
    document.title = alertTitle(count);
  }, [count]);
  useEffect(
    () => () => {
      document.title = BASE_TITLE;
    },
    [],
  );

  const acknowledge = useCallback((id: string) => {
    setUnacknowledged((current) => {
      if (!current.has(id)) {
        return current;
      }
      const next = new Set(current);
      next.delete(id);
      return next;
    });
    setNotice((current) => {
      if (!current?.conversationIds.includes(id)) {
        return current;
      }
      const conversationIds = current.conversationIds.filter((c) => c !== id);
      return conversationIds.length === 0 ? null : { ...current, conversationIds };
    });
  }, []);
  const setSoundOn = useCallback((on: boolean) => {
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
    setSound(on);
  }, []);
  const dismissNotice = useCallback(() => setNotice(null), []);

  const value = useMemo<Attention>(
    () => ({ unreadOf, unacknowledged, acknowledge, notice, dismissNotice, soundOn, setSoundOn }),
    [unreadOf, unacknowledged, acknowledge, notice, dismissNotice, soundOn, setSoundOn],
  );
  return <AttentionContext.Provider value={value}>{children}</AttentionContext.Provider>;
}
