// A named import lets esbuild keep only the version string, not the whole package.json.
import { version } from '../../package.json';

export const CLI_VERSION: string = version;
