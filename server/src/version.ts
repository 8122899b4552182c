// Our package version, written in by esbuild from package.json at build time (`define` in
// esbuild.mjs). Code compiled by tsc alone (unit tests) has no version.
declare const PACKAGE_VERSION: string | undefined;

export const VERSION: string | undefined = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : undefined;
