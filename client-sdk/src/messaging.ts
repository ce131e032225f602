/**
 * Messaging depth (issue 5): receipts, typing, reactions and their selectors, exported together so that
 * `index.ts` needs one line for them.
 */
export { messageReactions, messageReceipt, sideOf } from './conversations.ts';
export type {
  PendingReaction,
  ReactionCount,
  ReceiptMark,
  Side,
  SideReceipts,
  TypingPerson,
} from './conversations.ts';
export { ReceiptSender } from './receipts.ts';
export type { ReceiptSenderDeps } from './receipts.ts';
export { Signals, SIGNAL_RECEIPT_PREFIXES } from './signals.ts';
export type { SignalsDeps } from './signals.ts';
export { TypingSender } from './typing.ts';
export type { TypingSenderOptions } from './typing.ts';
export type { UploadOptions, XhrLike } from './api.ts';
