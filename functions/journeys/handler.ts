import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { journeyEventDeps } from '#adapters/lambda/journey-event-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { journeyEventRoutes } from '#application/journey-events.ts';
import { manifest } from './function.ts';

const deps = journeyEventDeps(loadEnv(manifest));

/** The journeys' bank events, each to its use case (shared/application/journey-events.ts). */
export const handler = eventHandler(journeyEventRoutes(deps), deps, { processed: 'journey event' });
