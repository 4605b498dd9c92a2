import { renderHandler } from '#adapters/lambda/render-handler.ts';
import { renderers } from '#notifications/tables/render.ts';

/**
 * RenderQueue → each planned message written in the customer's language, queued for its channel: the types
 * whose definition names `render` (alerts, notices and the journeys' messages). Fraud alerts go through
 * render-security, the one function that may sign their reply links.
 */
export const handler = renderHandler(renderers);
