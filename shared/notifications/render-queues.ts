// Which render function's queue a planned message goes on: the one its type's definition names (`render`
// in shared/notifications/<type>/definition.ts). A trigger function is given the queues of the render
// functions of the types it raises, each under the environment variable `renderQueueEnv` names.
import { definitionOf } from './catalogue.ts';
import { RENDER_FUNCTIONS, type RenderFunction } from './definition.ts';

type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;
/** The environment variable of a render function's queue URL: `render-security` → `RENDER_SECURITY_QUEUE_URL`. */
export type RenderQueueVariable<F extends RenderFunction = RenderFunction> =
  `${Uppercase<Snake<F>>}_QUEUE_URL`;
export const renderQueueEnv = <F extends RenderFunction>(fn: F): RenderQueueVariable<F> =>
  `${fn.toUpperCase().replaceAll('-', '_')}_QUEUE_URL` as RenderQueueVariable<F>;

/** The render function that writes the type: its definition's `render`. Throws for a type Herald lacks. */
export function renderFunctionOf(type: string): RenderFunction {
  const definition = definitionOf(type);
  if (!definition) throw new Error(`no message type ${type}`);
  return definition.render;
}

/** The render functions of these types, each once, in RENDER_FUNCTIONS order. */
export function renderFunctionsOf(types: readonly string[]): RenderFunction[] {
  const needed = new Set(types.map(renderFunctionOf));
  return RENDER_FUNCTIONS.filter((fn) => needed.has(fn));
}

/** The render queue URLs found in `env`, by render function (a trigger has those its types need). */
export function renderQueueUrlsOf(
  env: Readonly<Record<string, string | undefined>>,
): Partial<Record<RenderFunction, string>> {
  return Object.fromEntries(
    RENDER_FUNCTIONS.flatMap((fn) => {
      const url = env[renderQueueEnv(fn)];
      return url ? [[fn, url]] : [];
    }),
  );
}
