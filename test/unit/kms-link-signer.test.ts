import {
  GenerateMacCommand,
  KMSClient,
  KMSInternalException,
  KMSInvalidMacException,
  VerifyMacCommand,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalEndpoints, startLocalEndpoints } from '../../local/aws-endpoints.ts';
import { KmsLinkSigner, KmsMacVerifier } from '../../shared/adapters/kms/link-signer.ts';
import { encodeReplyPayload, signReplyToken, verifyReplyToken } from '../../shared/domain/reply-link.ts';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111111111111:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const claims = {
  caseId: 'case-7',
  customerId: 'c-1',
  answer: 'no' as const,
  expiresAt: Date.parse('2026-03-03T00:30:00Z') / 1000,
  id: 'link-1',
};
const BEFORE = new Date('2026-03-03T00:10:00Z');
const MAC = new Uint8Array(32).fill(7);

const mockKMSClient = () => mockClient(KMSClient);

describe('KmsLinkSigner (GenerateMac through the SDK client)', () => {
  let kms: ReturnType<typeof mockKMSClient>;
  beforeAll(() => {
    kms = mockKMSClient();
  });
  beforeEach(() => kms.reset());
  afterAll(() => kms.restore());

  it('asks GenerateMac for an HMAC-SHA-256 of the token payload with the reply-link key', async () => {
    // Prepare
    kms.on(GenerateMacCommand).resolves({ KeyId: KEY_ARN, Mac: MAC, MacAlgorithm: 'HMAC_SHA_256' });
    // Act
    const token = await signReplyToken(claims, new KmsLinkSigner(new KMSClient({}), KEY_ARN));
    // Assess
    expect(token).toBe(`${encodeReplyPayload(claims)}.${Buffer.from(MAC).toString('base64url')}`);
    expect(kms.commandCalls(GenerateMacCommand).map((call) => call.args[0].input)).toEqual([
      {
        KeyId: KEY_ARN,
        MacAlgorithm: 'HMAC_SHA_256',
        Message: new TextEncoder().encode(encodeReplyPayload(claims)),
      },
    ]);
  });

  it('lets a KMS failure through, so the render job is retried', async () => {
    kms.on(GenerateMacCommand).rejects(new KMSInternalException({ message: 'try again', $metadata: {} }));
    await expect(new KmsLinkSigner(new KMSClient({}), KEY_ARN).mac(MAC)).rejects.toBeInstanceOf(
      KMSInternalException,
    );
  });

  it('fails when KMS answers without a MAC, rather than signing nothing', async () => {
    kms.on(GenerateMacCommand).resolves({ KeyId: KEY_ARN });
    await expect(new KmsLinkSigner(new KMSClient({}), KEY_ARN).mac(MAC)).rejects.toThrow(/without a MAC/);
  });
});

describe('KmsMacVerifier (VerifyMac through the SDK client)', () => {
  // Mocks every KMSClient until restored: the stand-in tests below use the real client.
  let kms: ReturnType<typeof mockKMSClient>;
  beforeAll(() => {
    kms = mockKMSClient();
  });
  beforeEach(() => kms.reset());
  afterAll(() => kms.restore());

  it('asks KMS VerifyMac with the payload and the MAC, and trusts MacValid', async () => {
    // Prepare
    kms.on(VerifyMacCommand).resolves({ KeyId: KEY_ARN, MacValid: true, MacAlgorithm: 'HMAC_SHA_256' });
    const token = `${encodeReplyPayload(claims)}.${Buffer.from(MAC).toString('base64url')}`;
    // Act
    const result = await verifyReplyToken(token, BEFORE, new KmsMacVerifier(new KMSClient({}), KEY_ARN));
    // Assess
    expect(result).toEqual({ ok: true, claims });
    expect(kms.commandCalls(VerifyMacCommand).map((call) => call.args[0].input)).toEqual([
      {
        KeyId: KEY_ARN,
        MacAlgorithm: 'HMAC_SHA_256',
        Message: new TextEncoder().encode(encodeReplyPayload(claims)),
        Mac: MAC,
      },
    ]);
  });

  it('reads KMSInvalidMacException as "does not match", and lets any other failure through', async () => {
    const verifier = new KmsMacVerifier(new KMSClient({}), KEY_ARN);
    kms.on(VerifyMacCommand).rejects(new KMSInvalidMacException({ message: 'invalid', $metadata: {} }));
    await expect(verifier.verifyMac(MAC, MAC)).resolves.toBe(false);

    kms.on(VerifyMacCommand).rejects(new KMSInternalException({ message: 'try again', $metadata: {} }));
    await expect(verifier.verifyMac(MAC, MAC)).rejects.toBeInstanceOf(KMSInternalException);
  });
});

describe('the local KMS stand-in (GenerateMac / VerifyMac over the wire)', () => {
  let endpoints: LocalEndpoints;
  const client = () =>
    new KMSClient({ endpoint: endpoints.urls.kms, region: 'eu-west-1', credentials: CREDENTIALS });
  const signer = () => new KmsLinkSigner(client(), KEY_ARN);
  beforeAll(async () => {
    const ignore = () => undefined;
    endpoints = await startLocalEndpoints({
      sqs: ignore,
      email: ignore,
      sms: ignore,
      push: ignore,
      whatsapp: ignore,
      event: ignore,
      schedule: () => true,
    });
  });
  afterAll(() => endpoints.close());

  it('signs with a secret per key id that verifies only with that key', async () => {
    const token = await signReplyToken(claims, signer());

    expect(await verifyReplyToken(token, BEFORE, new KmsMacVerifier(client(), KEY_ARN))).toEqual({
      ok: true,
      claims,
    });
    expect(await verifyReplyToken(token, BEFORE, new KmsMacVerifier(client(), `${KEY_ARN}-other`))).toEqual({
      ok: false,
      reason: 'token: the signature does not match (forged or altered)',
    });
  });

  it('answers the SDK client too, and refuses a MAC algorithm an HMAC_256 key does not have', async () => {
    const { Mac } = await client().send(
      new GenerateMacCommand({ KeyId: KEY_ARN, MacAlgorithm: 'HMAC_SHA_256', Message: MAC }),
    );
    expect(Mac).toEqual(await signer().mac(MAC));

    const call = client().send(
      new GenerateMacCommand({ KeyId: KEY_ARN, MacAlgorithm: 'HMAC_SHA_512', Message: MAC }),
    );
    await expect(call).rejects.toMatchObject({ name: 'InvalidKeyUsageException' });
  });
});
