// Jest runs globalSetup/globalTeardown through CommonJS (outside its ESM module system), where the `.js` specifiers
// that TypeScript's nodenext resolution requires do not point at the `.ts` sources. Map them, for these files only.
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request.startsWith('.') && request.endsWith('.js') && parent && parent.filename) {
    const source = path.resolve(path.dirname(parent.filename), request.slice(0, -3) + '.ts');
    if (fs.existsSync(source)) return source;
  }
  return resolve.call(this, request, parent, ...rest);
};
