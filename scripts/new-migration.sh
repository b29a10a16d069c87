#!/usr/bin/env bash
# Writes a migration for what the entities changed, against a scratch database on the local
# PostgreSQL server, and lists it in migrations/index.ts. Usage: scripts/new-migration.sh "What it adds."
set -euo pipefail
cd "$(dirname "$0")/.."
db="hub_scratch_$$"
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
trap 'psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db with (force)"' EXIT
out=$(DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" npm run -s migration:create)
echo "$out"
file=$(echo "$out" | sed -n 's#^wrote migrations/\(.*\)\.ts$#\1#p')
[ -n "$file" ] || exit 0
node - "$file" "${1:-}" <<'JS'
const fs = require('fs');
const [name, doc] = process.argv.slice(2);
const path = `migrations/${name}.ts`;
let src = fs.readFileSync(path, 'utf8');
if (doc) src = src.replace(`export class ${name}`, `/** ${doc} */\nexport class ${name}`);
fs.writeFileSync(path, src);
let index = fs.readFileSync('migrations/index.ts', 'utf8');
index = index.replace(/(import \{ Migration\d+ \} from '\.\/Migration\d+';\n)(?!import \{ Migration)/, `$1import { ${name} } from './${name}';\n`);
index = index.replace(/\n\];/, `\n  { name: '${name}', class: ${name} },\n];`);
fs.writeFileSync('migrations/index.ts', index);
JS
