import { renderHandler } from '#adapters/lambda/render-handler.ts';
import { standardRenderers } from '#application/renderers.ts';

/**
 * RenderQueue → each planned message written in the customer's language, queued for its channel. Fraud
 * alerts go through render-security, the one function that may sign their reply links.
 */
export const handler = renderHandler(standardRenderers);
