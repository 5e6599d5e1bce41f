/** Sample tracking workbooks with planted problems and their manifests (demo, tests, benchmark). */
export * from './prng.js';
export * from './deadlines.js';
export * from './tasks.js';
export * from './plants.js';
export * from './layout.js';
export * from './generate.js';
export * from './catalog.js';
export * from './large.js';
export * from './indicators.js';
