// Checks a GraphQL schema against the pinned @valueflows/vf-graphql with the package's own validate():
//   node validate.js INTROSPECTION.json
// INTROSPECTION.json is the result of introspection-query.graphql ({"data": {"__schema": ...}} or {"__schema": ...}).
// Prints each breaking change and exits 1 when there is any; exits 2 on unreadable input.
const fs = require('fs')
const { buildClientSchema } = require('graphql')
const { validate } = require('@valueflows/vf-graphql')

const file = process.argv[2]
if (!file) {
  console.error('usage: node validate.js INTROSPECTION.json')
  process.exit(2)
}

let schema
try {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'))
  schema = buildClientSchema(json.data || json)
} catch (e) {
  console.error(`cannot build a schema from ${file}: ${e.message}`)
  process.exit(2)
}

const breaking = validate(schema)
for (const change of breaking) {
  console.log(`${change.type}: ${change.description}`)
}
console.log(`${breaking.length} breaking changes`)
process.exit(breaking.length === 0 ? 0 : 1)
