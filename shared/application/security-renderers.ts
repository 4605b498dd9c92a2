// What render-security writes: fraud alerts, whose YES/NO links it signs with the reply-link key, and the
// other messages of the fraud reply loop (escalation, confirmation, thanks).
import { fraudAlertOf } from '../domain/fraud.ts';
import { fraudReplyLinks } from '../domain/reply-link.ts';
import { renderFraudAlert } from '../domain/templates/fraud-alert.ts';
import { renderFraudConfirmation } from '../domain/templates/fraud-confirmation.ts';
import { renderFraudEscalation } from '../domain/templates/fraud-escalation.ts';
import { renderFraudThanks } from '../domain/templates/fraud-thanks.ts';
import type { RendererTable } from '../domain/templates/type-renderer.ts';
import { legacyRenderer, type Renderer, text } from './render-job.ts';

const legacy: Record<string, Renderer> = {
  // YES/NO links are signed (a KMS call each) only where they are shown: e-mail buttons and push actions.
  // SMS and WhatsApp answers come back as keywords and quick replies. Without a signer (no reply endpoint
  // configured) the e-mail and push go without buttons.
  'fraud.alert': async (channel, options, data, { customerId, replyLinks }) => {
    const alert = fraudAlertOf(data);
    const links =
      replyLinks && (channel === 'email' || channel === 'push')
        ? await fraudReplyLinks({ caseId: alert.caseId, customerId, replyBy: alert.replyBy }, replyLinks)
        : { yesUrl: '', noUrl: '' };
    return renderFraudAlert(channel, { ...options, data: { ...alert, ...links } });
  },
  // The fraud reply loop (fraud-reply-step): no links; here rather than in render, whose bundle holds
  // every other type.
  'fraud.escalation': (channel, options, data) =>
    renderFraudEscalation(channel, {
      ...options,
      data: {
        caseId: text(data, 'caseId'),
        cardLast4: text(data, 'cardLast4'),
        answerBy: text(data, 'answerBy'),
      },
    }),
  'fraud.confirmation': (channel, options, data) =>
    renderFraudConfirmation(channel, {
      ...options,
      data: {
        caseId: text(data, 'caseId'),
        cardLast4: text(data, 'cardLast4'),
        reason:
          text(data, 'reason') === 'no_reply_by_deadline'
            ? 'no_reply_by_deadline'
            : 'customer_reported_fraud',
      },
    }),
  'fraud.thanks': (channel, options, data) =>
    renderFraudThanks(channel, {
      ...options,
      data: { caseId: text(data, 'caseId'), cardLast4: text(data, 'cardLast4') },
    }),
};

export const securityRenderers: RendererTable = Object.fromEntries(
  Object.entries(legacy).map(([type, render]) => [type, legacyRenderer(render)]),
);
