import { balanceLow } from './balance-low.ts';
import type { TemplateSet } from './render.ts';

export const templates: Record<string, TemplateSet> = {
  'balance.low': balanceLow,
};
