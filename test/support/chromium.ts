// Where the browser tests find Chromium (or Chrome), and what they do without one.
//
// - `HERALD_CHROMIUM`, when set, names the executable and nothing else is tried; a path that does not exist
//   is a failure, since whoever set it meant the browser tests to run.
// - Otherwise the usual install paths of the platform are tried in order; the first that exists is used.
// - Without a browser the browser tests are skipped with a notice naming what to install, unless
//   `HERALD_REQUIRE_BROWSER` is set (to anything but `0` or empty): then they fail. `.ci/run` sets it, so CI
//   never skips them silently.
import { existsSync } from 'node:fs';

/** The usual install paths, by `process.platform`, in the order they are tried. */
export const CHROMIUM_PATHS: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

export const INSTALL_HINT =
  "install Debian/Ubuntu's chromium (apt install chromium) or Google Chrome, or set HERALD_CHROMIUM to its executable";

export type ChromiumLookup =
  | { found: true; path: string }
  | {
      found: false;
      /** The browser tests fail rather than skip: `HERALD_REQUIRE_BROWSER` is set, or `HERALD_CHROMIUM` is wrong. */
      required: boolean;
      /** What was looked for and what to install; the skip notice, or the failure's message. */
      notice: string;
    };

export interface LookupSurroundings {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  exists: (path: string) => boolean;
}

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== '0';

export function findChromium(
  { env, platform, exists }: LookupSurroundings = {
    env: process.env,
    platform: process.platform,
    exists: existsSync,
  },
): ChromiumLookup {
  // 1. An explicit executable wins, and is never silently skipped.
  const explicit = env.HERALD_CHROMIUM;
  if (explicit !== undefined && explicit !== '') {
    if (exists(explicit)) return { found: true, path: explicit };
    return {
      found: false,
      required: true,
      notice: `HERALD_CHROMIUM=${explicit} does not exist; ${INSTALL_HINT}`,
    };
  }
  // 2. The usual install paths of this platform.
  const candidates = CHROMIUM_PATHS[platform] ?? [];
  const path = candidates.find((candidate) => exists(candidate));
  if (path !== undefined) return { found: true, path };
  // 3. None: skipped, or a failure where a browser is required.
  const tried = candidates.length > 0 ? candidates.join(', ') : `no known install path on ${platform}`;
  return {
    found: false,
    required: isSet(env.HERALD_REQUIRE_BROWSER),
    notice: `no Chromium found (tried ${tried}); ${INSTALL_HINT}`,
  };
}
