import { discoverBriefs } from '/work/main/dist/brief/discover.js';
import { lintFiles } from '/work/main/dist/cli/lint-files.js';
const { files } = await discoverBriefs('/tmp/b10k');
const s = performance.now();
await lintFiles(files, {});
console.error('single 10000', (performance.now() - s).toFixed(0), 'ms');
