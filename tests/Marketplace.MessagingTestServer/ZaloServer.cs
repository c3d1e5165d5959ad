using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marketplace.MessagingTestServer;

/// <summary>A ZNS message Zalo accepted, as the request gave it; <c>Data</c> holds template_data's values as text.</summary>
public sealed record ZnsMessage(string Phone, string TemplateId, IReadOnlyDictionary<string, string> Data, string? TrackingId, string MsgId);

/// <summary>
/// A loopback stand-in for Zalo's ZNS (Zalo Notification Service) template messages and the Official Account's OAuth v4 token refresh,
/// built from Zalo's published API documentation (developers.zalo.me), not from anyone's code. Both Zalo hosts answer on one BaseAddress.
/// The documented facts it holds a client to:
/// <list type="bullet">
/// <item>POST /message/template (business.openapi.zalo.me): the OA access token goes in the "access_token" header; the JSON body has phone
/// (84 and the mobile number without its 0), template_id, template_data and tracking_id. Every answer is HTTP 200; "error" is 0 on success
/// (data.msg_id, sent_time, quota), -124 for an invalid access token, -108 an invalid phone, -109 an unknown template, -112 bad template data.</item>
/// <item>POST /v4/oa/access_token (oauth.zaloapp.com): form app_id, grant_type=refresh_token, refresh_token, with the app's "secret_key" header.
/// A refresh token works once; the answer carries a new access and refresh token, expires_in "90000" seconds. Errors: -14002, -14014.</item>
/// <item>Webhooks carry "X-ZEvent-Signature: mac={hex}", hex being SHA-256 (plain, not HMAC) of app id + raw body + timestamp + OA secret key;
/// the ZNS delivery event is user_received_message with message.msg_id and tracking_id.</item>
/// </list>
/// </summary>
public sealed partial class ZaloServer : IAsyncDisposable
{
    public const string AppId = "3141592653";
    public const string AppSecretKey = "zalo-app-secret";
    public const string OaSecretKey = "zalo-oa-secret";
    public const string OaId = "2718281828";
    public const string AccessToken = "zalo-access-1";
    public const string RefreshToken = "zalo-refresh-1";
    private const int DailyQuota = 500;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ZnsMessage> _messages = new();
    private readonly ConcurrentQueue<(int Status, string Body)> _faults = new();
    // Tokens and quota change together; one lock keeps a refresh and a send from interleaving.
    private readonly Lock _lock = new();
    private string? _accessToken = AccessToken;
    private string _refreshToken = RefreshToken;
    private int _generation = 1;
    private int _requests;
    private int _refreshes;

    private ZaloServer(WebApplication app) => _app = app;

    /// <summary>The templates the OA has had approved, with the template_data keys each one needs.</summary>
    public static IReadOnlyDictionary<string, string[]> Templates { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["401001"] = ["order_number", "customer", "total", "items"],
        ["401002"] = ["title", "detail"],
    };

    public string BaseAddress { get; private set; } = string.Empty;

    public IReadOnlyList<ZnsMessage> Messages => [.. _messages];

    /// <summary>Calls to /message/template, failed and rejected ones included: what a test counts retries by.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Token refreshes that issued a new pair.</summary>
    public int Refreshes => Volatile.Read(ref _refreshes);

    public static async Task<ZaloServer> StartAsync()
    {
        var server = new ZaloServer(Loopback.Create());
        server.BaseAddress = await Loopback.StartAsync(server._app, server.HandleAsync);
        return server;
    }

    /// <summary>The access token runs out, as it does after 25 hours: sends answer -124 until the client refreshes.</summary>
    public void ExpireAccessToken()
    {
        lock (_lock)
        {
            _accessToken = null;
        }
    }

    /// <summary>The next <paramref name="count"/> sends answer <paramref name="status"/> and send nothing, as when Zalo's gateway is down.</summary>
    public void FailNext(int count, int status = 502) => Enqueue(count, status, Loopback.OutageBody);

    /// <summary>The next <paramref name="count"/> sends are refused with a ZNS error code (in an HTTP 200, as Zalo answers) and send nothing.</summary>
    public void RejectNext(int count, int error, string message) => Enqueue(count, 200, Error(error, message).ToJsonString());

    /// <summary>Zalo tells the OA's webhook that a message reached the phone, signed as Zalo signs (with a wrong key if asked).</summary>
    public async Task<HttpStatusCode> SendDeliveryAsync(Uri webhook, string msgId, bool badSignature = false)
    {
        var message = _messages.FirstOrDefault(m => m.MsgId == msgId) ?? throw new ArgumentException($"No ZNS message {msgId} was sent.", nameof(msgId));
        var timestamp = UnixMilliseconds();
        var body = new JsonObject
        {
            ["app_id"] = AppId,
            ["sender"] = new JsonObject { ["id"] = OaId },
            ["recipient"] = new JsonObject { ["id"] = message.Phone },
            ["event_name"] = "user_received_message",
            ["message"] = new JsonObject { ["delivery_time"] = timestamp, ["msg_id"] = msgId, ["tracking_id"] = message.TrackingId },
            ["timestamp"] = timestamp,
        }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", $"mac={Sign(body, timestamp, badSignature ? "not-the-oa-secret" : OaSecretKey)}");
        using var response = await Loopback.Http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The hex after "mac=" in X-ZEvent-Signature: lowercase SHA-256 of app id + raw body + timestamp + OA secret key.</summary>
    public static string Sign(string body, string timestamp, string oaSecretKey = OaSecretKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AppId + body + timestamp + oaSecretKey)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context) => (context.Request.Method, context.Request.Path.Value?.TrimEnd('/')) switch
    {
        ("POST", "/message/template") => SendAsync(context),
        ("POST", "/v4/oa/access_token") => RefreshAsync(context),
        _ => Loopback.WriteAsync(context, 404, Error(-404, "Unknown endpoint").ToJsonString()),
    };

    private async Task SendAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (_faults.TryDequeue(out var fault))
        {
            await Loopback.WriteAsync(context, fault.Status, fault.Body);
            return;
        }

        // A body that is not a JSON object is judged as an empty one: its missing phone is the first fault found after the token.
        var body = await Loopback.ReadJsonAsync(context.Request) ?? new JsonObject();
        JsonObject answer;
        lock (_lock)
        {
            answer = Send(context.Request.Headers["access_token"].ToString(), body);
        }

        await Loopback.WriteAsync(context, 200, answer.ToJsonString());
    }

    private JsonObject Send(string token, JsonObject body)
    {
        var phone = Loopback.Text(body["phone"]);
        var templateId = Loopback.Text(body["template_id"]);
        var data = (body["template_data"] as JsonObject)?.ToDictionary(p => p.Key, p => Loopback.Text(p.Value), StringComparer.Ordinal);
        if (token != _accessToken)
        {
            return Error(-124, "Access token is invalid");
        }

        if (phone is null || !ZaloPhone().IsMatch(phone))
        {
            return Error(-108, "Phone number is invalid");
        }

        if (templateId is null || !Templates.TryGetValue(templateId, out var keys))
        {
            return Error(-109, "Template ID is invalid");
        }

        if (data is null || data.ContainsValue(null) || !keys.All(data.ContainsKey))
        {
            return Error(-112, "Template data is invalid");
        }

        var values = data.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
        var message = new ZnsMessage(phone, templateId, values, Loopback.Text(body["tracking_id"]), Guid.NewGuid().ToString("N"));
        _messages.Enqueue(message);
        var remaining = (DailyQuota - _messages.Count).ToString(CultureInfo.InvariantCulture);
        var quota = new JsonObject { ["dailyQuota"] = DailyQuota.ToString(CultureInfo.InvariantCulture), ["remainingQuota"] = remaining };
        return new JsonObject
        {
            ["error"] = 0,
            ["message"] = "Success",
            ["data"] = new JsonObject { ["msg_id"] = message.MsgId, ["sent_time"] = UnixMilliseconds(), ["sending_mode"] = "1", ["quota"] = quota },
        };
    }

    private async Task RefreshAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : FormCollection.Empty;
        JsonObject answer;
        lock (_lock)
        {
            answer = Refresh(context.Request.Headers["secret_key"].ToString(), form);
        }

        await Loopback.WriteAsync(context, 200, answer.ToJsonString());
    }

    private JsonObject Refresh(string secretKey, IFormCollection form)
    {
        if (secretKey != AppSecretKey || form["app_id"].ToString() != AppId)
        {
            return new JsonObject { ["error"] = -14002, ["error_name"] = "Invalid app secret" };
        }

        if (form["grant_type"].ToString() != "refresh_token" || form["refresh_token"].ToString() != _refreshToken)
        {
            return new JsonObject { ["error"] = -14014, ["error_name"] = "Invalid refresh_token" };
        }

        // A refresh token works once: the new pair replaces both, so the old access token stops working too.
        _generation++;
        _accessToken = $"zalo-access-{_generation}";
        _refreshToken = $"zalo-refresh-{_generation}";
        Interlocked.Increment(ref _refreshes);
        return new JsonObject { ["access_token"] = _accessToken, ["refresh_token"] = _refreshToken, ["expires_in"] = "90000" };
    }

    private void Enqueue(int count, int status, string body)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue((status, body));
        }
    }

    private static JsonObject Error(int code, string message) => new() { ["error"] = code, ["message"] = message };

    private static string UnixMilliseconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    // Zalo takes the international form without "+": 84, then the Vietnamese mobile number without its leading 0.
    [GeneratedRegex(@"^84[35789][0-9]{8}\z")]
    private static partial Regex ZaloPhone();
}
