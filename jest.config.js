// Two projects: pure domain/adapter/CLI tests in node, task-pane components in jsdom.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    // office-addin-mock → office-addin-manifest pulls ESM that Jest 30 cannot load; the mock only needs the enum.
    '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.js',
  },
};
module.exports = {
  projects: [
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'] },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/stubs/jsdom-setup.js'],
    },
  ],
};
