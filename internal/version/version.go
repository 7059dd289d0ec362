// Package version holds Harf's version, the one string that harf.version,
// `harf version` and the npm package's version (web/package.json) agree on.
package version

// Version is Harf's version.
const Version = "0.1.0"
