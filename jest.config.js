/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.all.json' }],
  },
  setupFiles: ['<rootDir>/test-setup/polyfills.ts'],
  setupFilesAfterEnv: ['<rootDir>/test-setup/matchers.ts'],
  testTimeout: 30000,
};
