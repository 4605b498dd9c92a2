import {
  GenerateMacCommand,
  type KMSClient,
  KMSInvalidMacException,
  VerifyMacCommand,
} from '@aws-sdk/client-kms';
import type { LinkSigner, MacVerifier } from '../../ports/links.ts';

/** The MAC algorithm of the reply-link key (an HMAC_256 key, GENERATE_VERIFY_MAC). */
export const REPLY_LINK_MAC_ALGORITHM = 'HMAC_SHA_256';

/**
 * Reply links signed by KMS `GenerateMac` with the reply-link key: the key material never leaves KMS, and
 * only the security render function may ask for MACs, with that one key (kms:GenerateMac on its ARN). A
 * failed call throws, so the render job is retried by its queue.
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
 * Reply-link MACs checked by KMS `VerifyMac`, for the reply endpoint. KMS answers a MAC that does not
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
