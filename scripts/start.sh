#!/usr/bin/env bash
# The main job on a machine without Excel: builds the add-in and opens the task pane in a
# browser beside a bundled sample workbook (the same engine the Excel pane uses).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --engines browser
npm run build:cli --silent
npx webpack --mode production >/dev/null
exec node scripts/serve.js --open "$@"
