// Events Herald puts on the bus, and the claim that rejects a bad event exactly once.

/**
 * The rejections already recorded (shared/domain/rejection.ts `rejectionKey`), so that a bad event leaves
 * one `rejected` record and one DLQ message however often it is retried or redelivered.
 */
export interface RejectionClaims {
  /** Whether the rejection of the event `key` names was claimed (a consistent read). */
  isClaimed(key: string): Promise<boolean>;
  /** Claims the rejection of the event `key` names: false when it was claimed before. */
  claim(key: string, at: Date): Promise<boolean>;
}

/** Herald → bank events on the bus (Source `herald`). */
export interface BankEvents {
  emit(detailType: string, detail: Record<string, unknown>): Promise<void>;
}
