// Every Herald function, by its manifest: infra builds one function per entry, the infra tests and
// docs/design.md's list of functions are checked against it, and `HeraldFunctionName` derives from it.
// Infra only: a function imports its own manifest, never this list.
import { manifest as accountNotices } from './account-notices/function.ts';
import { manifest as balanceAlerts } from './balance-alerts/function.ts';
import { manifest as consentEvidence } from './consent-evidence/function.ts';
import { manifest as consentLink } from './consent-link/function.ts';
import { manifest as defer } from './defer/function.ts';
import { manifest as erasure } from './erasure/function.ts';
import { manifest as fraudAlerts } from './fraud-alerts/function.ts';
import { manifest as fraudReplyEvents } from './fraud-reply-events/function.ts';
import { manifest as fraudReplyInbound } from './fraud-reply-inbound/function.ts';
import { manifest as fraudReplyLink } from './fraud-reply-link/function.ts';
import { manifest as fraudReplyStep } from './fraud-reply-step/function.ts';
import { manifest as fraudReplyWait } from './fraud-reply-wait/function.ts';
import { manifest as journeyStep } from './journey-step/function.ts';
import { manifest as journeys } from './journeys/function.ts';
import { manifest as priceAlerts } from './price-alerts/function.ts';
import { manifest as profile } from './profile/function.ts';
import { manifest as render } from './render/function.ts';
import { manifest as renderSecurity } from './render-security/function.ts';
import { manifest as sendEmail } from './send-email/function.ts';
import { manifest as sendPush } from './send-push/function.ts';
import { manifest as sendSms } from './send-sms/function.ts';
import { manifest as sendWhatsapp } from './send-whatsapp/function.ts';
import { manifest as sesFeedback } from './ses-feedback/function.ts';
import { manifest as statusEvents } from './status-events/function.ts';
import { manifest as surveys } from './surveys/function.ts';
import { manifest as taxReminders } from './tax-reminders/function.ts';
import { manifest as taxRemindersDue } from './tax-reminders-due/function.ts';
import { manifest as transactionAlerts } from './transaction-alerts/function.ts';
import { manifest as unknownEvents } from './unknown-events/function.ts';
import { manifest as winBack } from './win-back/function.ts';

export const MANIFESTS = [
  statusEvents,
  profile,
  balanceAlerts,
  transactionAlerts,
  sendEmail,
  sendSms,
  sendPush,
  sendWhatsapp,
  sesFeedback,
  defer,
  render,
  renderSecurity,
  erasure,
  accountNotices,
  fraudAlerts,
  fraudReplyEvents,
  fraudReplyWait,
  fraudReplyStep,
  fraudReplyLink,
  fraudReplyInbound,
  taxReminders,
  taxRemindersDue,
  priceAlerts,
  journeys,
  journeyStep,
  winBack,
  surveys,
  consentEvidence,
  unknownEvents,
  consentLink,
] as const;

export type HeraldManifest = (typeof MANIFESTS)[number];
/** A function's name: its folder under `functions/`. */
export type HeraldFunctionName = HeraldManifest['name'];
