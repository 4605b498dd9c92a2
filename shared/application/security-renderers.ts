// What render-security writes: fraud alerts, whose YES/NO links it signs with the reply-link key.
import { fraudAlertOf } from '../domain/fraud.ts';
import { fraudReplyLinks } from '../domain/reply-link.ts';
import { renderFraudAlert } from '../domain/templates/fraud-alert.ts';
import type { Renderer } from './render-job.ts';

export const securityRenderers: Record<string, Renderer> = {
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
};
