#!/usr/bin/env node
'use strict';
/**
 * Runs dist/bundle/brief.js, compiled with V8's code cache (dist/bundle/brief.js.<build>.cache,
 * made by `npm run build`): Node 20 caches no compiled code itself, and compiling the bundle
 * afresh is about a sixth of a `brief summary` run. V8 refuses a cache from another Node or
 * V8 version; one from another build is never found, its name carrying the build's id (the
 * bundle's last line). A refused or missing cache means a normal compile.
 * CommonJS (bin/package.json): an ES module entry costs start-up more.
 */
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

// Module.wrap's wrapper, written out: loading node:module costs start-up a millisecond.
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

const file = join(__dirname, '../dist/bundle/brief.js');

function load() {
  // Stack traces through source maps want the ordinary loader.
  if (process.env.BRIEF_DEBUG) {
    process.setSourceMapsEnabled(true);
    return { exports: require(file), script: null, cacheFile: null };
  }
  const source = readFileSync(file, 'utf8');
  const build = /\/\/ brief-build ([0-9a-f]+)\n$/.exec(source.slice(-40))?.[1];
  const cacheFile = build ? `${file}.${build}.cache` : null;
  let cachedData;
  try { if (cacheFile) cachedData = readFileSync(cacheFile); } catch { /* no cache: compile normally */ }
  const script = new vm.Script(WRAPPER[0] + source + WRAPPER[1], { filename: file, cachedData });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  // This file's require: the bundle asks only for Node's modules and packages in node_modules,
  // found the same from bin/ as from dist/bundle/.
  script.runInThisContext().call(module.exports, module.exports, require, module, file, join(__dirname, '../dist/bundle'));
  return { exports: module.exports, script, cacheFile };
}

const { exports: cli, script, cacheFile } = load();
cli.installProcessHandlers();
cli.main(process.argv.slice(2), cli.systemIO()).then((code) => {
  process.exitCode = code;
  // npm run build: keep what this run compiled (written whole, then renamed into place).
  if (script && cacheFile && process.env.BRIEF_CODE_CACHE === 'write') {
    writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
});
