/** Small Obsidian utilities: debounce, Platform, the API version. */
import type { Debouncer } from 'obsidian';

/**
 * Calls `cb` `timeout` ms after the first call of a burst (after the last one with `resetTimer`),
 * with the latest arguments. Uses the global timers, so `jest.useFakeTimers()` controls it.
 */
export function debounce<T extends unknown[], V>(
  cb: (...args: [...T]) => V,
  timeout = 0,
  resetTimer = false,
): Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: T | null = null;
  const fire = (): V | void => {
    timer = null;
    const args = pending;
    pending = null;
    if (args) return cb(...args);
  };
  const debounced = ((...args: T) => {
    pending = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = setTimeout(fire, timeout);
    return debounced;
  }) as Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    return debounced;
  };
  debounced.run = () => {
    if (timer === null) return;
    clearTimeout(timer);
    return fire();
  };
  return debounced;
}

/** A desktop Linux app by default; tests may flip fields (e.g. `isMobile`) to try other platforms. */
export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: 'app://local/',
};

/** The oldest Obsidian the stand-in plays by default (what most tests run as). */
export const DEFAULT_API_VERSION = '1.8.7';

/**
 * The app version `requireApiVersion` compares with. A live binding, like Obsidian's
 * `apiVersion`; `createTestApp({ apiVersion })` sets it (and resets it to the default otherwise),
 * so a test can play an Obsidian with Bases (1.10+) or without.
 */
export let apiVersion = DEFAULT_API_VERSION;

export function _setApiVersion(version: string): void {
  apiVersion = version;
}

export function requireApiVersion(version: string): boolean {
  const have = apiVersion.split('.').map(Number);
  const want = version.split('.').map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
