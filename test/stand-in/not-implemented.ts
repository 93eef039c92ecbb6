/** Everything the stand-in does not model throws this, so no test passes by accident. */
export function notImplemented(what: string): Error {
  return new Error(`stand-in: ${what} not implemented`);
}

export function hasDom(): boolean {
  return typeof document !== 'undefined' && typeof window !== 'undefined';
}

/** For DOM-backed parts: a clear error when a test runs in the node environment. */
export function requireDom(what: string): Document {
  if (!hasDom()) {
    throw new Error(
      `stand-in: ${what} needs a DOM; add the docblock /** @jest-environment jsdom */ to the test file`,
    );
  }
  return document;
}

/** An element placeholder that throws on any use, for DOM properties in the node environment. */
export function missingElement<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_target, prop) {
      if (prop === 'then' || typeof prop === 'symbol') return undefined;
      throw new Error(
        `stand-in: ${what}.${String(prop)} needs a DOM; add /** @jest-environment jsdom */ to the test file`,
      );
    },
  });
}
