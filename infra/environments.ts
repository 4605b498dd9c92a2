// Herald's environments: the one file a bank edits before `cdk deploy`.
//
// Pick one with the CDK context key `herald:env` (cdk.json sets `dev`; `npx cdk synth -c herald:env=prod`).
// Each field is described, with its default, in the README's "Configuration" table; the schema that checks
// them and fills in the defaults is infra/config.ts. A field left out takes its default (allowedSources
// `['bank.core']`, the alarm thresholds, the fraud timings, the journeys' timings, …). Synthesis names the
// field at fault (`environments.prod.marketingCap: must be at least 0`), and refuses any environment but
// `dev` while an example value below is left in it (README: Deploy).
import type { HeraldEnvironment } from './config.ts';

/**
 * The example values the shipped environments carry. `dev` runs on them (the local stack sends nothing
 * anywhere); any other environment is refused at synth while one is left (infra/config.ts
 * `placeholderProblems`).
 */
export const EXAMPLE_PUSH_APPLICATION_ID = '0123456789abcdef0123456789abcdef';
export const EXAMPLE_WHATSAPP_PHONE_NUMBER_ID = 'phone-number-id-0123456789abcdef0123456789abcdef';
export const EXAMPLE_BRAND_NAMES: readonly string[] = ['Demo Bank', 'Herald Bank'];

export const environments: Readonly<Record<string, HeraldEnvironment>> = {
  dev: {
    envName: 'dev',
    account: undefined,
    region: 'eu-west-1',
    allowedProducerAccounts: ['111111111111'],
    senderEmail: 'alerts@dev.herald.example',
    senderName: { default: 'Demo Bank', ar: 'بنك ديمو' },
    brand: { name: 'Demo Bank', url: 'https://bank.example' },
    // An example, like the rest of this environment: the bank's own representative example goes here.
    loanOffers: {
      representativeExample: {
        apr: '9.9',
        interestRate: '9.5',
        termMonths: 60,
        amounts: {
          EUR: { borrowed: '10000.00', monthlyRepayment: '210.03', totalPayable: '12601.80' },
          GBP: { borrowed: '10000.00', monthlyRepayment: '210.03', totalPayable: '12601.80' },
          USD: { borrowed: '10000.00', monthlyRepayment: '210.03', totalPayable: '12601.80' },
          RON: { borrowed: '50000.00', monthlyRepayment: '1050.15', totalPayable: '63009.00' },
          AED: { borrowed: '40000.00', monthlyRepayment: '840.12', totalPayable: '50407.20' },
          IDR: { borrowed: '150000000', monthlyRepayment: '3150450', totalPayable: '189027000' },
          VND: { borrowed: '250000000', monthlyRepayment: '5250750', totalPayable: '315045000' },
        },
      },
    },
    defaultQuietHours: { start: '22:00', end: '07:00' },
    marketingCap: 2,
    transactionalDefault: 'denied',
    // Placeholders, like the sender above: the local stack delivers push and WhatsApp to its outbox with
    // them; replace them with your own before deploying, or remove them to turn the channels off.
    pushApplicationId: EXAMPLE_PUSH_APPLICATION_ID,
    whatsappPhoneNumberId: EXAMPLE_WHATSAPP_PHONE_NUMBER_ID,
    whatsappMetaApiVersion: 'v20.0',
    logRetentionDays: 30,
    archiveRetentionDays: 30,
  },
  prod: {
    envName: 'prod',
    // Placeholders: synth refuses this environment until each is replaced (README: Deploy).
    account: '222222222222', // the bank's production account
    region: 'eu-west-1',
    allowedProducerAccounts: ['333333333333'], // the accounts of the bank's event producers
    senderEmail: 'alerts@herald.example', // an address (or on a domain) verified in SES
    // Off until the bank sets its representative example: { representativeExample: { apr, … } }.
    loanOffers: { enabled: false },
    brand: { name: 'Herald Bank' }, // the bank's name, and `url`: its https site
    defaultQuietHours: { start: '22:00', end: '07:00' },
    marketingCap: 2,
    transactionalDefault: 'denied',
    logRetentionDays: 365,
    archiveRetentionDays: 365,
  },
};
