#!/usr/bin/env node
// The `margin` command line. It runs the TypeScript sources directly through tsx, so the command always
// uses the same core code as the extension, with no separate build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
