// The release workflow's gate (`node scripts/check-release.mjs <tag> [notes-file]`): a release is
// made only from a tag equal to manifest.json's version, with package.json, versions.json and
// CHANGELOG.md in step. Obsidian downloads a release by the tag named in the manifest, so a
// mismatched tag would publish files nobody can install. Given a notes file, it writes the
// version's CHANGELOG section there for the release body. Exits 1 with a reason on any mismatch.
import { readFileSync, writeFileSync } from 'node:fs';

const [tag, notesFile] = process.argv.slice(2);
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const manifest = json('manifest.json');
const pkg = json('package.json');
const versions = json('versions.json');

const problems = [];
if (!tag) problems.push('no tag given (usage: check-release.mjs <tag> [notes-file])');
else if (tag !== manifest.version) {
  problems.push(`tag ${tag} is not manifest.json's version ${manifest.version} (tags carry no "v" prefix)`);
}
if (pkg.version !== manifest.version) {
  problems.push(`package.json's version ${pkg.version} is not manifest.json's ${manifest.version} (bump with npm version)`);
}
if (versions[manifest.version] !== manifest.minAppVersion) {
  problems.push(`versions.json maps ${manifest.version} to ${versions[manifest.version]}, not to minAppVersion ${manifest.minAppVersion}`);
}

// Keep a Changelog: "## [1.2.3] - 2026-12-06", then the section up to the next "## ".
const lines = readFileSync('CHANGELOG.md', 'utf8').split(/\r?\n/);
const escaped = manifest.version.replace(/\./g, '\\.');
const start = lines.findIndex((line) => new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`).test(line));
if (start < 0) problems.push(`CHANGELOG.md has no "## [${manifest.version}] - YYYY-MM-DD" section`);

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-release: ${problem}`);
  process.exit(1);
}
if (notesFile) {
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const notes = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  writeFileSync(notesFile, notes + '\n');
}
console.log(`check-release: ${tag} matches manifest.json, package.json, versions.json and CHANGELOG.md`);
