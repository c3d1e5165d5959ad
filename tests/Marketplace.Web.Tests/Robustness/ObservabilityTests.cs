using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// What an operator sees of a checkout: the built app in a process of its own, sending OTLP to a
/// collector on loopback and serving Prometheus on its metrics port. The checkout's trace, begun
/// by the caller's traceparent, holds the request, its database commands and the outbox delivery
/// of "order placed" that followed it; its logs carry the same trace id, on the console and over
/// OTLP; the scrape counts the request and the delivery; the public port never shows /metrics.
/// </summary>
public sealed class ObservabilityTests : IAsyncLifetime
{
    private const string EntityFrameworkScope = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    private readonly string _workDir = Path.Combine(Path.GetTempPath(), $"marketplace-telemetry-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;
    private OtlpReceiver _collector = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_workDir);
        _database = await MarketplaceFactory.SeededDatabaseAsync();
        _collector = await OtlpReceiver.StartAsync();
    }

    [Fact]
    public async Task ACheckout_IsOneTraceFromRequestToOutbox_ItsLogsCarryTheTraceId_AndPrometheusCountsIt()
    {
        var metricsPort = LoopbackServer.FreePort();
        var metrics = new Uri($"http://127.0.0.1:{metricsPort}/");
        using var app = await WebProcess.StartAsync(_workDir, new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}/"), new Dictionary<string, string>
        {
            ["Database__Provider"] = _database.Provider,
            ["ConnectionStrings__Marketplace"] = _database.ConnectionString,
            ["DemoData__Enabled"] = "true",
            ["Mail__Delivery"] = "Pickup",
            ["Mail__PickupDirectory"] = Path.Combine(_workDir, "mail"),
            ["Outbox__PollInterval"] = "00:00:00.100",
            ["Telemetry__MetricsPort"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            // The host's "Request starting …" line: a log written inside every request.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        }, metrics);

        // The caller's own trace: a buyer's purchasing system that traces its calls sends this header.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var callerSpanId = ActivitySpanId.CreateRandom().ToHexString();
        var variantId = await _database.ReadAsync<CatalogDbContext, VariantId>("catalog", db =>
            db.Variants.Where(v => v.Sku == "TP-MC-500").Select(v => v.Id).SingleAsync());
        using var client = new HttpClient { BaseAddress = app.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client));
        (await client.PostAsJsonAsync("/api/v1/cart/lines", new { variantId, quantity = 1 })).EnsureSuccessStatusCode();
        using var checkout = Checkouts.Request(Guid.NewGuid());
        checkout.Headers.Add("traceparent", $"00-{traceId}-{callerSpanId}-01");
        using var placed = await client.SendAsync(checkout);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);

        // Traces: the request (a server span under the caller's), its commands, and the delivery.
        IReadOnlyList<OtlpSpan> trace = [];
        var patience = Stopwatch.StartNew();
        while (!trace.Any(s => s.Name == "outbox OrderPlaced") && patience.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200);
            trace = [.. _collector.Spans().Where(s => s.TraceId == traceId)];
        }

        Assert.True(trace.Any(s => s.Name == "outbox OrderPlaced"), "The checkout's trace has no outbox delivery. Spans received:\n"
            + string.Join('\n', _collector.Spans().Select(s => $"{s.TraceId} {s.ParentSpanId,16} {s.Scope} {s.Name}")));
        var request = Assert.Single(trace, s => s.Kind == 2 && s.ParentSpanId == callerSpanId);
        Assert.Equal("POST", request.Attributes["http.request.method"]);
        Assert.Equal("201", request.Attributes["http.response.status_code"]);
        Assert.Contains("orders", request.Attributes["http.route"], StringComparison.Ordinal);
        Assert.NotEmpty(request.Instance);
        Assert.Contains(trace, s => s.Scope == EntityFrameworkScope && s.ParentSpanId == request.SpanId);
        var delivery = Assert.Single(trace, s => s.Name == "outbox OrderPlaced");
        Assert.Equal(5, delivery.Kind); // consumer
        Assert.Equal("ordering", delivery.Attributes["marketplace.module"]);
        Assert.Contains(trace, s => s.Scope == EntityFrameworkScope && s.ParentSpanId == delivery.SpanId);

        // No command outside a trace: the outboxes poll every 100 ms here, and none of it is sent.
        var spans = _collector.Spans();
        Assert.All(spans.Where(s => s.Scope == EntityFrameworkScope), s => Assert.NotEmpty(s.ParentSpanId));

        // Logs: the request's lines carry its trace id, on the console (JSON) and over OTLP.
        await People.EventuallyAsync(() => Task.FromResult(_collector.Logs().Any(l => l.TraceId == traceId)), "the checkout's logs to reach the collector");
        var consoleLine = app.Output.FirstOrDefault(line => line.StartsWith('{') && line.Contains(traceId, StringComparison.Ordinal));
        Assert.True(consoleLine is not null, "No console line carries the trace id. The console:\n" + string.Join('\n', app.Output.TakeLast(30)));
        using (var json = JsonDocument.Parse(consoleLine))
        {
            Assert.Contains(json.RootElement.GetProperty("Scopes").EnumerateArray(), scope =>
                scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("TraceId", out var id) && id.GetString() == traceId);
        }

        // Metrics over OTLP, and the Prometheus scrape on the metrics port.
        await People.EventuallyAsync(
            () => Task.FromResult(_collector.MetricNames().IsSupersetOf(["http.server.request.duration", "marketplace.outbox.deliveries"])),
            "the request and outbox metrics to reach the collector");
        using var scraper = new HttpClient { BaseAddress = metrics };
        var scrape = await scraper.GetStringAsync("/metrics");
        var lines = scrape.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && l.Contains("http_request_method=\"POST\"", StringComparison.Ordinal) && l.Contains("orders", StringComparison.Ordinal)
            && l.Contains("http_response_status_code=\"201\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("marketplace_outbox_deliveries_total{", StringComparison.Ordinal)
            && l.Contains("marketplace_event=\"OrderPlaced\"", StringComparison.Ordinal)
            && l.Contains("marketplace_outcome=\"delivered\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("marketplace_outbox_delivery_delay_seconds_count{", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dotnet_gc_", StringComparison.Ordinal));
        if (TestDatabase.UsePostgres)
        {
            Assert.Contains(lines, l => l.StartsWith("db_client_", StringComparison.Ordinal));
        }

        // Only there: the public port (the one the proxy reaches) has no /metrics, the metrics port nothing else.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scraper.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scraper.GetAsync("/api/v1/categories")).StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var email = $"trace-{Guid.NewGuid():N}@example.vn";
        (await client.PostAsJsonAsync("/api/v1/account/register", new { email, password = People.Password, displayName = "khach" })).EnsureSuccessStatusCode();
        var token = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password = People.Password });
        return (await token.JsonAsync()).GetProperty("accessToken").GetString()!;
    }
}
