#!/usr/bin/env node
// Entry point of the `dondoc` command. The logic lives in ../dist (built by `npm ci` through `prepare`).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
