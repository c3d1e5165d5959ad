using System.Collections.Concurrent;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// A collector on loopback that speaks OTLP over HTTP (protobuf, POST /v1/traces, /v1/metrics,
/// /v1/logs, as the OpenTelemetry specification publishes it) and keeps what it is sent, read
/// with the protobuf wire-format reader: what an operator's collector would have received.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _received = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Urls.First());

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver._received.Enqueue((signal, body.ToArray()));

            // An empty Export*ServiceResponse: everything accepted.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Every span received: ExportTraceServiceRequest → ResourceSpans → ScopeSpans → Span.</summary>
    public IReadOnlyList<OtlpSpan> Spans() =>
        [.. Bodies("traces").SelectMany(request => Messages(request, 1)).SelectMany(resource =>
        {
            var instance = Attributes(Messages(resource, 1).FirstOrDefault() ?? ByteString.Empty, 1).GetValueOrDefault("service.instance.id", string.Empty);
            return Messages(resource, 2).SelectMany(scope =>
            {
                var scopeName = Text(Messages(scope, 1).FirstOrDefault() ?? ByteString.Empty, 1);
                return Messages(scope, 2).Select(span => new OtlpSpan(
                    Hex(span, 1), Hex(span, 2), Hex(span, 4), Text(span, 5), (int)Number(span, 6), Attributes(span, 9), scopeName, instance));
            });
        })];

    /// <summary>Every log record received: ExportLogsServiceRequest → ResourceLogs → ScopeLogs → LogRecord.</summary>
    public IReadOnlyList<OtlpLog> Logs() =>
        [.. Bodies("logs").SelectMany(request => Messages(request, 1)).SelectMany(resource => Messages(resource, 2))
            .SelectMany(scope => Messages(scope, 2))
            .Select(log => new OtlpLog(Hex(log, 9), Hex(log, 10), Text(Messages(log, 5).FirstOrDefault() ?? ByteString.Empty, 1)))];

    /// <summary>The names of every metric received: ExportMetricsServiceRequest → ResourceMetrics → ScopeMetrics → Metric.</summary>
    public IReadOnlySet<string> MetricNames() =>
        Bodies("metrics").SelectMany(request => Messages(request, 1)).SelectMany(resource => Messages(resource, 2))
            .SelectMany(scope => Messages(scope, 2)).Select(metric => Text(metric, 1)).ToHashSet();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IEnumerable<ByteString> Bodies(string signal) =>
        _received.Where(r => r.Signal == signal).Select(r => ByteString.CopyFrom(r.Body));

    private static List<(int Number, ByteString? Bytes, ulong Value)> Fields(ByteString message)
    {
        var fields = new List<(int, ByteString?, ulong)>();
        var input = message.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var number = WireFormat.GetTagFieldNumber(tag);
            fields.Add(WireFormat.GetTagWireType(tag) switch
            {
                WireFormat.WireType.LengthDelimited => (number, input.ReadBytes(), 0),
                WireFormat.WireType.Varint => (number, null, input.ReadUInt64()),
                WireFormat.WireType.Fixed64 => (number, null, input.ReadFixed64()),
                WireFormat.WireType.Fixed32 => (number, null, input.ReadFixed32()),
                var other => throw new InvalidDataException($"unexpected wire type {other}"),
            });
        }

        return fields;
    }

    private static IEnumerable<ByteString> Messages(ByteString message, int number) =>
        Fields(message).Where(f => f.Number == number && f.Bytes is not null).Select(f => f.Bytes!);

    private static string Text(ByteString message, int number) => Messages(message, number).FirstOrDefault()?.ToStringUtf8() ?? string.Empty;

    private static string Hex(ByteString message, int number) =>
        Convert.ToHexStringLower(Messages(message, number).FirstOrDefault()?.ToByteArray() ?? []);

    private static ulong Number(ByteString message, int number) => Fields(message).FirstOrDefault(f => f.Number == number).Value;

    /// <summary>KeyValue { key = 1; AnyValue value = 2 }; AnyValue's string (1) or integer (3), as text.</summary>
    private static Dictionary<string, string> Attributes(ByteString message, int number) =>
        Messages(message, number).Select(pair =>
        {
            var value = Messages(pair, 2).FirstOrDefault() ?? ByteString.Empty;
            var text = Messages(value, 1).FirstOrDefault()?.ToStringUtf8()
                ?? Fields(value).Where(f => f.Number == 3)
                    .Select(f => ((long)f.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()
                ?? string.Empty;
            return (Key: Text(pair, 1), Value: text);
        }).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
}

/// <summary>A span as a collector receives it; ids in lower-case hex, Kind as OTLP numbers it (2 server, 5 consumer).</summary>
public sealed record OtlpSpan(
    string TraceId, string SpanId, string ParentSpanId, string Name, int Kind, IReadOnlyDictionary<string, string> Attributes, string Scope, string Instance);

public sealed record OtlpLog(string TraceId, string SpanId, string Body);
