#!/usr/bin/env node
// Entry point of the `dondoc` command. The logic lives in ../dist (built by `npm ci` through `prepare`).
import { main } from '../dist/main.js';

// A reader that stops early ("dondoc help | head") is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
