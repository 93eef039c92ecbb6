import { configurePropertySeed } from './property-runs';

// Jest setup file (see jest.config.cjs): every test file's properties start from the same seed.
configurePropertySeed();
