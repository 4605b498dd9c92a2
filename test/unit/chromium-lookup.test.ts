// How the browser tests find Chromium (test/support/chromium.ts), with the file system and environment
// injected: no browser is needed, and none on this machine changes the outcome.
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATHS, findChromium, INSTALL_HINT } from '../support/chromium.ts';

const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('finding Chromium for the browser tests', () => {
  it('uses HERALD_CHROMIUM when it exists, before any install path', () => {
    // Prepare
    const exists = onDisk('/opt/chrome/chrome', '/usr/bin/chromium');
    // Act
    const lookup = findChromium({
      env: { HERALD_CHROMIUM: '/opt/chrome/chrome' },
      platform: 'linux',
      exists,
    });
    // Assess
    expect(lookup).toEqual({ found: true, path: '/opt/chrome/chrome' });
  });

  it('fails, naming it, when HERALD_CHROMIUM points at nothing, even with a browser at a usual path', () => {
    // Act
    const lookup = findChromium({
      env: { HERALD_CHROMIUM: '/opt/typo/chrome' },
      platform: 'linux',
      exists: onDisk('/usr/bin/chromium'),
    });
    // Assess
    expect(lookup).toEqual({
      found: false,
      required: true,
      notice: `HERALD_CHROMIUM=/opt/typo/chrome does not exist; ${INSTALL_HINT}`,
    });
  });

  it.each([
    ['linux', '/usr/bin/chromium-browser'],
    ['linux', '/usr/bin/google-chrome'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['win32', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
  ])('on %s, finds %s among the usual install paths', (platform, path) => {
    // Act
    const lookup = findChromium({ env: {}, platform, exists: onDisk(path) });
    // Assess
    expect(lookup).toEqual({ found: true, path });
  });

  it("takes the first usual path that exists, in order: Debian's chromium before Chrome", () => {
    // Act
    const lookup = findChromium({
      env: {},
      platform: 'linux',
      exists: onDisk('/usr/bin/google-chrome', '/usr/bin/chromium'),
    });
    // Assess
    expect(lookup).toEqual({ found: true, path: '/usr/bin/chromium' });
  });

  it('without a browser, is a skip whose notice lists the paths tried and what to install', () => {
    // Act
    const lookup = findChromium({ env: { HERALD_CHROMIUM: '' }, platform: 'linux', exists: () => false });
    // Assess
    expect(lookup).toEqual({
      found: false,
      required: false,
      notice: `no Chromium found (tried ${CHROMIUM_PATHS.linux?.join(', ')}); ${INSTALL_HINT}`,
    });
    if (!lookup.found) expect(lookup.notice).toContain('apt install chromium');
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['', false],
    [undefined, false],
  ])('without a browser and HERALD_REQUIRE_BROWSER=%s, required is %s', (value, required) => {
    // Act
    const lookup = findChromium({
      env: { HERALD_REQUIRE_BROWSER: value },
      platform: 'darwin',
      exists: () => false,
    });
    // Assess
    expect(lookup).toMatchObject({ found: false, required });
  });

  it('on a platform with no known install path, says so', () => {
    // Act
    const lookup = findChromium({ env: {}, platform: 'aix', exists: () => true });
    // Assess
    expect(lookup).toEqual({
      found: false,
      required: false,
      notice: `no Chromium found (tried no known install path on aix); ${INSTALL_HINT}`,
    });
  });
});
