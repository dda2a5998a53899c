// Prints the introspection query validate.js expects (the source of introspection-query.graphql in the xunit tests):
//   node print-introspection-query.js > ../ValueFlows.GraphQL.Tests/Conformance/introspection-query.graphql
const { getIntrospectionQuery } = require('graphql')

process.stdout.write(getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: false, // GraphQL.NET 8.8.5 has no __Type.specifiedByURL (no vf-graphql scalar has one)
  directiveIsRepeatable: true,
  inputValueDeprecation: false, // GraphQL.NET 8.8.5 lacks __Directive.args(includeDeprecated); no vf-graphql input is deprecated
}) + '\n')
