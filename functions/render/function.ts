import { defineFunction } from '#adapters/lambda/manifest.ts';
import { renderParts } from '#adapters/lambda/manifest-parts.ts';

const render = renderParts('render');

export const manifest = defineFunction({
  name: 'render',
  description: 'Writes planned messages and queues them for their channel',
  ...render,
});
