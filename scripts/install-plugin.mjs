// Copies the built plugin (main.js, manifest.json, styles.css) into a vault's plugin folder:
// the bundled demo vault by default, or the vault named by OBSIDIAN_VAULT.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const vault = resolve(process.env.OBSIDIAN_VAULT || 'demo-vault');
if (!existsSync(vault)) {
  console.error(`execplan: vault folder not found: ${vault}`);
  process.exit(1);
}
const target = join(vault, '.obsidian', 'plugins', 'execplan');
mkdirSync(target, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) {
  if (!existsSync(file)) {
    console.error(`execplan: ${file} is missing; run npm run build first`);
    process.exit(1);
  }
  copyFileSync(file, join(target, file));
}
console.log(`Installed ExecPlan into ${target}`);
console.log('Open that vault in Obsidian and enable the plugin under Settings → Community plugins.');
