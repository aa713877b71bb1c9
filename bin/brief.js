#!/usr/bin/env node
import { installProcessHandlers, main, systemIO } from '../dist/bundle/entry.js';

if (process.env.BRIEF_DEBUG) process.setSourceMapsEnabled(true);
installProcessHandlers();
process.exitCode = await main(process.argv.slice(2), systemIO());
