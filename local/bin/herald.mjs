#!/usr/bin/env node
// Entry point of the `herald` command: registers TypeScript support, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../cli.ts');
