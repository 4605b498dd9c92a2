// CDK entry (cdk.json "app": `npx tsx infra/app.ts`). Pick the environment with `-c herald:env=<name>`.
import { App } from 'aws-cdk-lib';
import { addHeraldChecks, buildHerald, configFromContext } from './herald-app.ts';

const app = new App();
buildHerald(app, configFromContext(app));
addHeraldChecks(app);
app.synth();
