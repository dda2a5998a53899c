using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ValueFlows.Core.Records;
using ValueFlows.GraphQL;
using ValueFlows.Rdf;
using ValueFlows.Rdf.JsonLd;
using ValueFlows.Store;

namespace ValueFlows.Server;

/// <summary>Composes the HTTP server: its services over one <see cref="QuadStore"/> and its endpoints.</summary>
public static partial class VfServer
{
    /// <summary>Registers the store (which the caller keeps owning), the options and the formats the endpoints write.</summary>
    public static IServiceCollection AddVfServer(this IServiceCollection services, QuadStore store, VfServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);

        // Formats from other assemblies join the registry when the program is composed (DECISIONS 19).
        if (!RdfFormatRegistry.Default.TryGetByName(JsonLdFormat.Name, out _))
        {
            RdfFormatRegistry.Default.Register(JsonLdFormat.Format);
        }

        services.AddSingleton(store);
        services.AddSingleton(options);
        services.AddSingleton(new VfLedger(store, options.BaseIri));
        services.AddValueFlowsGraphQL(graphQL =>
        {
            graphQL.MyAgent = options.AsAgent is null ? null : Iri.Create(options.AsAgent);
            if (options.GraphQLMaxDepth is { } depth)
            {
                graphQL.MaxDepth = depth;
            }

            if (options.GraphQLMaxComplexity is { } complexity)
            {
                graphQL.MaxComplexity = complexity;
            }
        });
        services.AddRouting();
        if (options.CorsOrigins.Count > 0)
        {
            // Reads and writes from the listed origins' pages; credentials are not allowed (there is no auth yet).
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. options.CorsOrigins])
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", "Authorization")));
        }

        return services;
    }

    /// <summary>Maps <c>/graphql</c> (and its explorer's files), <c>/sparql</c> and <c>/health</c>.</summary>
    public static IEndpointRouteBuilder MapVfServer(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.Map("/sparql", (HttpContext context, QuadStore store, VfServerOptions options, ILoggerFactory loggers) =>
            SparqlEndpoint.HandleAsync(context, store, options, loggers));
        endpoints.Map("/graphql", (HttpContext context, VfGraphQLExecutor executor, VfServerOptions options, ILoggerFactory loggers) =>
            GraphQLEndpoint.HandleAsync(context, executor, options, loggers.CreateLogger("ValueFlows.Server.GraphQL")));
        endpoints.MapGet("/graphql/schema.graphql", GraphQLExplorer.WriteSchemaAsync);
        endpoints.MapGet(GraphQLExplorer.AssetPath + "/{file}", (HttpContext context, string file) => GraphQLExplorer.WriteAssetAsync(context, file));
        endpoints.MapGet("/health", (HttpContext context, QuadStore store) => HealthEndpoint.HandleAsync(context, store));
        return endpoints;
    }

    /// <summary>Request logs, problem answers for unhandled errors, CORS when configured, routing and the endpoints of <see cref="MapVfServer"/>.</summary>
    public static IApplicationBuilder UseVfServer(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var requests = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(RequestLog.Category);
        app.Use(next => context => RequestLog.InvokeAsync(context, next, requests));
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                LogUnhandled(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ValueFlows.Server"), e, context.Request.Path);
                await ProblemResponse.Write(context, StatusCodes.Status500InternalServerError, "Internal error", "The server failed to answer; the log has the details.").ConfigureAwait(false);
            }
        });
        app.UseRouting();
        if (app.ApplicationServices.GetRequiredService<VfServerOptions>().CorsOrigins.Count > 0)
        {
            app.UseCors();
        }

        app.UseEndpoints(endpoints => endpoints.MapVfServer());
        return app;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception error, PathString path);
}
