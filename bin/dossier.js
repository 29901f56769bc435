#!/usr/bin/env node
// The CLI entry point: runs the compiled program in dist/ (npm run build makes it).
try {
  await import('../dist/cli/run.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli/run.js')) {
    process.stderr.write('dossier: the program is not built yet; run "npm run build" in the dossier folder first\n');
    process.exit(1);
  }
  throw e;
}
