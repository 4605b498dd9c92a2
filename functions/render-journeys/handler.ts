import { loadEnv } from '#adapters/lambda/manifest.ts';
import { renderHandler } from '#adapters/lambda/render-handler.ts';
import { renderers } from '#notifications/tables/render-journeys.ts';
import { manifest } from './function.ts';

/**
 * JourneyRenderQueue → each journey message written in the customer's language, queued for its channel: the
 * types whose definition names `render-journeys`.
 */
export const handler = renderHandler(renderers, loadEnv(manifest));
