// The Node.js versions Herald supports are package.json's `engines` (README, "Quick start"). On an older
// Node.js the AWS SDK warns once per process (NodeVersionSupportWarning) that its releases after the first
// week of January 2027 need Node.js 22. In the processes Herald itself runs (the `herald` command, the local
// stack, the tests) that warning is switched off, as the SDK allows: the README says it once, where a user
// can act on it. A user who sets the switch to anything else keeps the warning.
export function quietAwsSdkNodeWarning(env: NodeJS.ProcessEnv = process.env): void {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
