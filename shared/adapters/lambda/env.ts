/** Reads a required environment variable set by the function's CDK construct. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

export const systemNow = (): Date => new Date();
