#!/usr/bin/env node
import { main, systemIO } from '../dist/cli/main.js';
import { installProcessHandlers } from '../dist/cli/process.js';

installProcessHandlers();
process.exitCode = await main(process.argv.slice(2), systemIO());
