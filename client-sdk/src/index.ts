/**
 * @parley/client-sdk: the TypeScript core of every Parley client. Most UIs need only `ParleyClient`
 * (state + actions) and the selectors; the parts are exported for tests and special clients.
 */
export * from './contract.ts';
export { ParleyClient, webSocketUrl } from './client.ts';
export type { ParleyClientOptions } from './client.ts';
export type { ParleyClientApi, ParleyState, Session, StartConversationInput } from './types.ts';
export { ApiError, isApiError } from './errors.ts';
export { ParleyApi } from './api.ts';
export type { ApiOptions } from './api.ts';
export * from './routing.ts';
export * from './staff.ts';
export { MemoryTokenStore, WebStorageTokenStore, tokensFrom } from './tokens.ts';
export type { KeyValueStorage, TokenStore, Tokens } from './tokens.ts';
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
export { backoffDelay, defaultReconnectPolicy, initialConnectionState, transition } from './machine.ts';
export type {
  ConnectionEffect,
  ConnectionEvent,
  ConnectionState,
  ConnectionStatus,
  ReconnectPolicy,
  Transition,
} from './machine.ts';
export { Connection, isAuthRefusal } from './connection.ts';
export type { ConnectionHooks, ConnectionOptions } from './connection.ts';
export { Outbox, MemoryOutboxStorage, WebStorageOutboxStorage } from './outbox.ts';
export type { OutboxEntry, OutboxStorage, SendFn } from './outbox.ts';
export { GapRepair } from './gap-repair.ts';
export type { GapRepairDeps } from './gap-repair.ts';
export { stompJsTransport } from './transport.ts';
export type { OpenRequest, StompJsTransportOptions, StompSession, StompTransport } from './transport.ts';
export { Store } from './store.ts';
export { newUuid } from './uuid.ts';
export type { Listener } from './store.ts';
export * from './messaging.ts';
