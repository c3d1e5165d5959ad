using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.StripeTestServer;

/// <summary>A request as the server received it: enough to tell a retry (same idempotency key) from a new call.</summary>
public sealed record RecordedRequest(string Method, string Path, string? IdempotencyKey);

/// <summary>A webhook call as Stripe makes it: the event's JSON and its Stripe-Signature header.</summary>
public sealed record SignedEvent(string EventId, string Payload, string Signature);

/// <summary>
/// A loopback stand-in for the part of Stripe's API the marketplace uses (PaymentIntents, refunds,
/// transfers), built on Stripe's own example objects, so that the real Stripe.net client is
/// exercised over real HTTP and real JSON. Like Stripe, it keeps the answer to each idempotency
/// key and replays it to a retry, and it signs webhooks with HMAC-SHA256 over "{t}.{payload}".
/// Faults can be injected: the next answers fail with a status, or come late.
/// </summary>
public sealed class StripeServer : IAsyncDisposable
{
    public const string SecretKey = "sk_test_marketplace";
    public const string PublishableKey = "pk_test_marketplace";
    public const string WebhookSecret = "whsec_test_marketplace";

    private readonly WebApplication _app;
    private readonly JsonObject _fixtures;
    private readonly ConcurrentDictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Status, string Body)> _idempotent = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<Func<HttpContext, Task<bool>>> _faults = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _sequence;

    private StripeServer(WebApplication app, JsonObject fixtures)
    {
        _app = app;
        _fixtures = fixtures;
    }

    public string BaseAddress { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<StripeServer> StartAsync()
    {
        await using var stream = typeof(StripeServer).Assembly.GetManifestResourceStream("stripe-fixtures.json")!;
        var fixtures = (JsonNode.Parse(stream)!["resources"] as JsonObject)!;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new StripeServer(builder.Build(), fixtures);
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.BaseAddress = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/> without doing anything, as Stripe does when it is down.</summary>
    public void FailNext(int count, int status = 500)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(async context =>
            {
                await WriteAsync(context, status, Error("api_error", "Simulated outage."));
                return true;
            });
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> calls are carried out, but answered after <paramref name="delay"/>: the answer a client
    /// that timed out never sees.
    /// </summary>
    public void DelayNext(int count, TimeSpan delay)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(async _ =>
            {
                await Task.Delay(delay);
                return false;
            });
        }
    }

    /// <summary>Forgets every idempotency key, as Stripe does after a day: a call repeated later is carried out anew.</summary>
    public void ForgetKeys() => _idempotent.Clear();

    public JsonObject Get(string id) => (JsonObject)_objects[id].DeepClone();

    /// <summary>The refunds made on an intent, as Stripe lists them under its charge.</summary>
    public IReadOnlyList<JsonObject> RefundsOf(string intentId) => [.. _objects.Values
        .Where(o => o["object"]?.GetValue<string>() == "refund" && o["payment_intent"]?.GetValue<string>() == intentId)
        .Select(o => (JsonObject)o.DeepClone())];

    public int Count(string prefix) => _objects.Keys.Count(k => k.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The shopper's card went through: the intent succeeds, and Stripe's payment_intent.succeeded event is returned signed.</summary>
    public SignedEvent Succeed(string intentId, DateTimeOffset? at = null)
    {
        var intent = _objects[intentId];
        intent["status"] = "succeeded";
        intent["amount_received"] = intent["amount"]!.GetValue<long>();
        intent["latest_charge"] = NewId("ch");
        intent["last_payment_error"] = null;
        return EventFor("payment_intent.succeeded", intent, at);
    }

    /// <summary>The card was declined: the intent wants another payment method, and payment_intent.payment_failed is returned signed.</summary>
    public SignedEvent Decline(string intentId, string message = "Your card was declined.", DateTimeOffset? at = null)
    {
        var intent = _objects[intentId];
        intent["status"] = "requires_payment_method";
        intent["last_payment_error"] = new JsonObject { ["type"] = "card_error", ["code"] = "card_declined", ["message"] = message };
        return EventFor("payment_intent.payment_failed", intent, at);
    }

    /// <summary>Signs a payload as Stripe does: "t={unix time},v1={hex HMAC-SHA256 of "{t}.{payload}"}".</summary>
    public static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _gate.Dispose();
    }

    private SignedEvent EventFor(string type, JsonObject dataObject, DateTimeOffset? at)
    {
        var when = at ?? DateTimeOffset.UtcNow;
        var stripeEvent = (JsonObject)_fixtures["event"]!.DeepClone();
        stripeEvent["id"] = NewId("evt");
        stripeEvent["type"] = type;
        stripeEvent["created"] = when.ToUnixTimeSeconds();
        stripeEvent["api_version"] = "2025-01-27.acacia";
        stripeEvent["data"] = new JsonObject { ["object"] = dataObject.DeepClone() };
        var payload = stripeEvent.ToJsonString();
        return new SignedEvent(stripeEvent["id"]!.GetValue<string>(), payload, Sign(payload, when));
    }

    private async Task HandleAsync(HttpContext context)
    {
        var key = context.Request.Headers["Idempotency-Key"].FirstOrDefault();
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, key));

        // Read before any fault, and whether or not the client still waits: a call answered late is still carried out, as Stripe would.
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(CancellationToken.None) : null;
        if (_faults.TryDequeue(out var fault) && await fault(context))
        {
            return;
        }

        if (context.Request.Headers.Authorization.ToString() != $"Bearer {SecretKey}")
        {
            await WriteAsync(context, 401, Error("invalid_request_error", "Invalid API Key provided."));
            return;
        }

        // One request at a time, as a simple way to make the idempotency check and the creation one step.
        await _gate.WaitAsync();
        try
        {
            var cacheKey = key is null ? null : $"{context.Request.Path}|{key}";
            if (cacheKey is not null && _idempotent.TryGetValue(cacheKey, out var replay))
            {
                context.Response.Headers["Idempotent-Replayed"] = "true";
                await WriteAsync(context, replay.Status, replay.Body);
                return;
            }

            var (status, body) = Route(context.Request.Method, context.Request.Path.Value ?? string.Empty, form, context.Request.Query);
            if (cacheKey is not null && context.Request.Method == "POST")
            {
                _idempotent[cacheKey] = (status, body);
            }

            await WriteAsync(context, status, body);
        }
        finally
        {
            _gate.Release();
        }
    }

    private (int Status, string Body) Route(string method, string path, IFormCollection? form, IQueryCollection query)
    {
        var segments = path.Trim('/').Split('/');
        return (method, segments) switch
        {
            ("POST", ["v1", "payment_intents"]) => Created(CreateIntent(form!)),
            ("GET", ["v1", "payment_intents", var id]) when _objects.ContainsKey(id) => (200, _objects[id].ToJsonString()),
            ("GET", ["v1", "refunds"]) => (200, List("/v1/refunds", RefundsOf(query["payment_intent"].ToString()))),
            ("POST", ["v1", "payment_intents", var id, "cancel"]) when _objects.TryGetValue(id, out var intent) => Cancel(intent),
            ("POST", ["v1", "refunds"]) => CreateRefund(form!),
            ("POST", ["v1", "transfers"]) => Created(CreateTransfer(form!)),
            _ => (404, Error("invalid_request_error", $"Unrecognized request URL ({method}: {path}).")),
        };
    }

    private JsonObject CreateIntent(IFormCollection form)
    {
        var intent = FromFixture("payment_intent", NewId("pi"));
        intent["amount"] = long.Parse(form["amount"]!, CultureInfo.InvariantCulture);
        intent["currency"] = form["currency"].ToString();
        intent["description"] = form["description"].ToString();
        intent["receipt_email"] = form["receipt_email"].ToString();
        intent["client_secret"] = $"{intent["id"]}_secret_{Guid.NewGuid():N}";
        intent["status"] = "requires_payment_method";
        intent["amount_received"] = 0;
        intent["last_payment_error"] = null;
        intent["next_action"] = null;
        intent["processing"] = null;
        intent["canceled_at"] = null;
        intent["transfer_data"] = null;
        intent["metadata"] = Metadata(form);
        return intent;
    }

    private static (int, string) Cancel(JsonObject intent)
    {
        if (intent["status"]!.GetValue<string>() == "succeeded")
        {
            return (400, Error("invalid_request_error", "You cannot cancel this PaymentIntent because it has a status of succeeded."));
        }

        intent["status"] = "canceled";
        intent["canceled_at"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return (200, intent.ToJsonString());
    }

    private (int, string) CreateRefund(IFormCollection form)
    {
        var intentId = form["payment_intent"].ToString();
        if (!_objects.TryGetValue(intentId, out var intent) || intent["status"]!.GetValue<string>() != "succeeded")
        {
            return (400, Error("invalid_request_error", "This PaymentIntent does not have a successful charge to refund."));
        }

        var amount = long.Parse(form["amount"]!, CultureInfo.InvariantCulture);
        var refunded = _objects.Values
            .Where(o => o["object"]?.GetValue<string>() == "refund" && o["payment_intent"]?.GetValue<string>() == intentId)
            .Sum(o => o["amount"]!.GetValue<long>());
        if (refunded + amount > intent["amount_received"]!.GetValue<long>())
        {
            return (400, Error("invalid_request_error", "Refund amount is greater than the charge's unrefunded amount."));
        }

        var refund = FromFixture("refund", NewId("re"));
        refund["amount"] = amount;
        refund["currency"] = intent["currency"]!.GetValue<string>();
        refund["payment_intent"] = intentId;
        refund["charge"] = intent["latest_charge"]?.GetValue<string>();
        refund["status"] = "succeeded";
        refund["metadata"] = Metadata(form);
        return Created(refund);
    }

    private JsonObject CreateTransfer(IFormCollection form)
    {
        var transfer = FromFixture("transfer", NewId("tr"));
        transfer["amount"] = long.Parse(form["amount"]!, CultureInfo.InvariantCulture);
        transfer["currency"] = form["currency"].ToString();
        transfer["destination"] = form["destination"].ToString();
        transfer["transfer_group"] = form["transfer_group"].ToString();
        transfer["metadata"] = Metadata(form);
        return transfer;
    }

    /// <summary>A list as Stripe answers one: its objects newest first, in one page.</summary>
    private static string List(string url, IEnumerable<JsonObject> items) => new JsonObject
    {
        ["object"] = "list",
        ["url"] = url,
        ["has_more"] = false,
        ["data"] = new JsonArray([.. items.OrderByDescending(i => i["created"]?.GetValue<long>() ?? 0).Select(JsonNode? (i) => i)]),
    }.ToJsonString();

    private (int, string) Created(JsonObject created)
    {
        _objects[created["id"]!.GetValue<string>()] = created;
        return (200, created.ToJsonString());
    }

    private JsonObject FromFixture(string kind, string id)
    {
        var created = (JsonObject)_fixtures[kind]!.DeepClone();
        created["id"] = id;
        created["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        created["livemode"] = false;
        return created;
    }

    private static JsonObject Metadata(IFormCollection form)
    {
        var metadata = new JsonObject();
        foreach (var (name, value) in form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)))
        {
            metadata[name["metadata[".Length..^1]] = value.ToString();
        }

        return metadata;
    }

    private string NewId(string prefix) => $"{prefix}_test{Interlocked.Increment(ref _sequence):D6}{Guid.NewGuid():N}"[..(prefix.Length + 24)];

    private static string Error(string type, string message) =>
        JsonSerializer.Serialize(new { error = new { type, message } });

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["Request-Id"] = $"req_{Guid.NewGuid():N}";
        await context.Response.WriteAsync(body);
    }
}
