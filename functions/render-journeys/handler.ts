import { renderHandler } from '#adapters/lambda/render-handler.ts';
import { journeyRenderers } from '#application/journey-renderers.ts';

/** JourneyRenderQueue → each journey message written in the customer's language, queued for its channel. */
export const handler = renderHandler(journeyRenderers);
