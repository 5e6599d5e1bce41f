/**
 * The rule-condition language (json-rules-engine conditions with dondoc's operators), its compiled
 * evaluator, rule sets, and json-rules-engine as the reference.
 */
export * from './condition.js';
export * from './operators.js';
export * from './path.js';
export * from './compile.js';
export * from './ruleset.js';
export * from './reference.js';
