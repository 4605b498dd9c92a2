// Signing and checking the links Herald puts in messages (KMS HMAC).

/** Signs reply links (domain/reply-link.ts) with an HMAC key that never leaves KMS. */
export interface LinkSigner {
  /** HMAC-SHA-256 of `message`. */
  mac(message: Uint8Array): Promise<Uint8Array>;
}

/** Checks a reply link's MAC with the same key; false when it does not match. */
export interface MacVerifier {
  verifyMac(message: Uint8Array, mac: Uint8Array): Promise<boolean>;
}
