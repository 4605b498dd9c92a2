import { defineFunction } from '#adapters/lambda/manifest.ts';
import { busEnv, gateEnv } from '#adapters/lambda/manifest-parts.ts';

export const manifest = defineFunction({
  name: 'consent-evidence',
  description:
    "Sends a customer's consent ledger to the bank (Customer.ConsentEvidenceRequested → Customer.ConsentEvidence)",
  triggers: [
    { kind: 'rule', id: 'ConsentEvidenceRequested', detailTypes: ['Customer.ConsentEvidenceRequested'] },
  ],
  // The customer's consent ledger to the bank on request (Customer.ConsentEvidence, on the Herald bus).
  grants: { table: 'readWrite', putEvents: true },
  env: { ...gateEnv, ...busEnv },
});
