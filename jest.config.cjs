/** Jest runs TypeScript through ts-jest; the unified/mdast family ships ESM only, so those
 * packages are transformed too (allowJs) instead of running Jest in ESM mode. */
const esmPackages = [
  'mdast-util-.*', 'micromark.*', 'decode-named-character-reference', 'character-entities',
  'unist-util-.*', 'devlop', 'ccount', 'escape-string-regexp', 'markdown-table',
  'longest-streak', 'zwitch', 'trim-lines', 'vfile.*', 'unified', 'bail', 'is-plain-obj',
  'trough', 'date-fns', 'fault', 'format',
];
module.exports = {
  testEnvironment: 'node',
  // Jest's default leaves one core to its own process, which mostly waits: on a 2-core machine
  // that is one worker for the whole suite. Both cores run test files instead.
  maxWorkers: '100%',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Property tests start from a fixed seed (test/support/property-runs.ts); `npm run fuzz` varies it.
  setupFiles: ['<rootDir>/test/support/fast-check-setup.ts'],
  moduleNameMapper: {
    '^obsidian$': '<rootDir>/test/stand-in/obsidian.ts',
  },
  transform: {
    '^.+\\.(t|j|mj)s$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};
