import {
  GenerateMacCommand,
  type KMSClient,
  KMSInvalidMacException,
  VerifyMacCommand,
} from '@aws-sdk/client-kms';
import type { LinkSigner, MacVerifier } from '../../ports/links.ts';

/** The MAC algorithm of the link keys (HMAC_256 keys, GENERATE_VERIFY_MAC). */
export const REPLY_LINK_MAC_ALGORITHM = 'HMAC_SHA_256';

/**
 * Links signed by KMS `GenerateMac` with an HMAC key: the key material never leaves KMS, and only the render
 * functions may ask for MACs, each with the keys it signs with (kms:GenerateMac on their ARNs): the
 * reply-link key (render-security only), the consent-link key. A failed call throws, so the render job is
 * retried by its queue.
 */
export class KmsLinkSigner implements LinkSigner {
  constructor(
    private readonly client: KMSClient,
    private readonly keyId: string,
  ) {}

  async mac(message: Uint8Array): Promise<Uint8Array> {
    const { Mac } = await this.client.send(
      new GenerateMacCommand({ KeyId: this.keyId, MacAlgorithm: REPLY_LINK_MAC_ALGORITHM, Message: message }),
    );
    if (!Mac) throw new Error('KMS GenerateMac answered without a MAC');
    return Mac;
  }
}

/**
 * Link MACs checked by KMS `VerifyMac`, for the link endpoints (fraud replies, consent). KMS answers a MAC that does not
 * match with KMSInvalidMacException: that is a `false`, not an error; anything else (throttling, access)
 * is thrown.
 */
export class KmsMacVerifier implements MacVerifier {
  constructor(
    private readonly client: KMSClient,
    private readonly keyId: string,
  ) {}

  async verifyMac(message: Uint8Array, mac: Uint8Array): Promise<boolean> {
    try {
      const { MacValid } = await this.client.send(
        new VerifyMacCommand({
          KeyId: this.keyId,
          MacAlgorithm: REPLY_LINK_MAC_ALGORITHM,
          Message: message,
          Mac: mac,
        }),
      );
      return MacValid === true;
    } catch (error) {
      if (error instanceof KMSInvalidMacException) return false;
      throw error;
    }
  }
}
