// Prints the reference SDL of the pinned vf-graphql package (the source of
// src/ValueFlows.GraphQL/Schema/vf-graphql.graphql): `node print-reference.js > ...`.
const { buildSchema, printSchema } = require('@valueflows/vf-graphql')

process.stdout.write(printSchema(buildSchema()) + '\n')
