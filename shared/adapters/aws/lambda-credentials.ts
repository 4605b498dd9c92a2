// Bundled in place of `@aws-sdk/credential-provider-node` (esbuild alias set by HeraldFunction).
// Inside Lambda the execution role's credentials are always in the environment
// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), which is the first provider the SDK's
// default chain tries. Dropping the rest of the chain (SSO, ini files, IMDS, web identity and the STS/SSO
// clients they carry) removes about 130 KB from every function bundle.
import { fromEnv } from '@aws-sdk/credential-provider-env';

type FromEnvInit = Parameters<typeof fromEnv>[0];

export const defaultProvider = (init?: FromEnvInit) => fromEnv(init);
