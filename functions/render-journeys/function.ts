import { defineFunction } from '#adapters/lambda/manifest.ts';
import { renderParts } from '#adapters/lambda/manifest-parts.ts';

const render = renderParts('render-journeys');

export const manifest = defineFunction({
  name: 'render-journeys',
  description: 'Writes the messages of journeys and queues them for their channels',
  ...render,
});
