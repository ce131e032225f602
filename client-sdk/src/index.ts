export * from './contract.ts';
export { ApiError, isApiError } from './errors.ts';
export { MemoryTokenStore, WebStorageTokenStore, tokensFrom } from './tokens.ts';
export type { KeyValueStorage, TokenStore, Tokens } from './tokens.ts';
export { ParleyApi } from './api.ts';
export type { ApiOptions } from './api.ts';
export { backoffDelay, defaultReconnectPolicy, initialConnectionState, transition } from './machine.ts';
export type {
  ConnectionEffect,
  ConnectionEvent,
  ConnectionState,
  ConnectionStatus,
  ReconnectPolicy,
  Transition,
} from './machine.ts';
export {
  conversationsReducer,
  emptyConversation,
  initialConversationsState,
  selectConversations,
  selectTimeline,
  selectTotalUnread,
} from './conversations.ts';
export type {
  ConversationAction,
  ConversationView,
  ConversationsState,
  DisplayMessage,
  LocalMessage,
  LocalMessageStatus,
} from './conversations.ts';
export { Store } from './store.ts';
export type { Listener } from './store.ts';
export type { ParleyClientApi, ParleyState, Session, StartConversationInput } from './types.ts';
