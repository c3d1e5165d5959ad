using System.Diagnostics;
using System.Reflection;
using Marketplace.SharedKernel.Diagnostics;
using Marketplace.SharedKernel.Persistence;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Marketplace.Web.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry for an operator running several instances: traces of every request with its
/// database commands, outgoing HTTP calls (Stripe, the object store) and the outbox deliveries
/// and jobs it caused; metrics of the same, of the runtime, of Npgsql's connection pool and of
/// the rate limiter. Two ways out, each switched on by the operator: OTLP to a collector (the
/// standard <c>OTEL_EXPORTER_OTLP_*</c> settings; traces, metrics and logs), and a Prometheus
/// scrape on a port of its own (<c>Telemetry:MetricsPort</c>), never on the public one.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "marketplace";

    public static IServiceCollection AddMarketplaceTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var metricsPort = MetricsPort(configuration);
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (metricsPort is null && !otlp)
        {
            // Nowhere to send it: nothing is measured (the logs still carry ASP.NET Core's trace ids).
            return services;
        }

        var version = typeof(TelemetrySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(configuration["OTEL_SERVICE_NAME"] ?? ServiceName, serviceVersion: version, autoGenerateServiceInstanceId: false)
                .AddDetector(provider => new InstanceDetector(provider.GetRequiredService<InstanceIdentity>())));
        if (otlp)
        {
            // Spans are made only where they go somewhere: a scrape has no use for them.
            telemetry.WithTracing(tracing => tracing
                .AddSource(MarketplaceTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbeOrScrape(context, metricsPort))
                .AddHttpClientInstrumentation()
                // Only commands inside a trace (a request, a delivery, a job): the outboxes' and the
                // jobs' polling queries, every few seconds on every instance, would bury everything else.
                .AddEntityFrameworkCoreInstrumentation(options => options.Filter = (_, _) => InsideATrace()));
        }

        telemetry.WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(MarketplaceTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    // Npgsql measures its own connections and commands (System.Diagnostics.Metrics).
                    .AddMeter("Npgsql")
                    .AddMeter("Microsoft.AspNetCore.RateLimiting");
                if (metricsPort is not null)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            // Logs go out too, each with its trace and span ids; the console keeps its own copy.
            telemetry.WithLogging().UseOtlpExporter();
        }

        return services;
    }

    /// <summary>
    /// Serves the Prometheus scrape on the metrics port only, and nothing else there: the public
    /// port (the one the proxy and the Ingress reach) never shows it.
    /// </summary>
    public static WebApplication UseMetricsPort(this WebApplication app)
    {
        if (MetricsPort(app.Configuration) is not { } port)
        {
            return app;
        }

        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Connection.LocalPort == port && context.Request.Path == "/metrics");
        app.Use((context, next) =>
        {
            if (context.Connection.LocalPort != port)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app;
    }

    /// <summary>
    /// The instrumentation asks once it has begun the command's span (then the current one): a
    /// span of its own counts only under a parent, any other current span is the parent.
    /// </summary>
    private static bool InsideATrace() =>
        Activity.Current is { } current && (current.Source.Name != EntityFrameworkSource || current.ParentSpanId != default);

    private const string EntityFrameworkSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    private static int? MetricsPort(IConfiguration configuration) =>
        configuration.GetValue<int?>("Telemetry:MetricsPort") is > 0 and var port ? port : null;

    private static bool IsProbeOrScrape(HttpContext context, int? metricsPort) =>
        context.Request.Path.StartsWithSegments("/health") || context.Connection.LocalPort == metricsPort;

    /// <summary>Names the instance as the outbox and the job leases do, so a trace says which one served it.</summary>
    private sealed class InstanceDetector(InstanceIdentity instance) : IResourceDetector
    {
        public Resource Detect() => new([new KeyValuePair<string, object>("service.instance.id", instance.Name)]);
    }
}
