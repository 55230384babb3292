#!/usr/bin/env node
// Entry point of the CLI; the TypeScript is compiled to build/ by `npm install` (prepare).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error('尚未编译命令行工具，请先在项目目录运行 npm install（或 npm run build:cli）。');
  process.exit(2);
}
require(main).main(process.argv.slice(2)).then((code) => process.exit(code));
