using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marketplace.MessagingTestServer;

/// <summary>An SMS eSMS accepted, as the request gave it; <c>SmsId</c> is the SMSID eSMS answered with.</summary>
public sealed record SmsMessage(string Phone, string Content, string Brandname, string? RequestId, string? CallbackUrl, string SmsId, bool Sandbox);

/// <summary>
/// A loopback stand-in for eSMS.vn's brandname SMS JSON API, built from eSMS's published API documentation, not from anyone's code.
/// The documented facts it holds a client to:
/// <list type="bullet">
/// <item>POST /MainService.svc/json/SendMultipleMessage_V4_post_json/ (rest.esms.vn) with a JSON body of strings: ApiKey, SecretKey, Phone,
/// Content, Brandname, SmsType (2: brandname customer care), IsUnicode, Sandbox, RequestId (the partner's id, refused if used twice), CallbackUrl.</item>
/// <item>The answer is HTTP 200 with a CodeResult: "100" accepted (with SMSID), "101" authorize failed, "104" brandname missing or inactive,
/// "108" invalid phone, "124" duplicated RequestId, "300" missing message type, "99" unknown error (here: a body that is not JSON).</item>
/// <item>Delivery is reported by an HTTP GET to CallbackUrl with SMSID, SendFailed, SendStatus, SendSuccess, TotalPrice, TotalReceiver,
/// TotalSent, RequestId, TypeId, telcoid and phonenumber in the query string.</item>
/// </list>
/// </summary>
public sealed partial class EsmsServer : IAsyncDisposable
{
    public const string ApiKey = "esms-api-key";
    public const string SecretKey = "esms-secret-key";
    public const string Brandname = "HTX_MARKET";
    private const string SendPath = "/MainService.svc/json/SendMultipleMessage_V4_post_json";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SmsMessage> _messages = new();
    private readonly ConcurrentQueue<(int Status, string Body)> _faults = new();
    // The duplicate check and the acceptance must be one step, or two sends with one RequestId could both pass.
    private readonly Lock _lock = new();
    private readonly HashSet<string> _requestIds = new(StringComparer.Ordinal);
    private int _requests;

    private EsmsServer(WebApplication app) => _app = app;

    public string BaseAddress { get; private set; } = string.Empty;

    public IReadOnlyList<SmsMessage> Messages => [.. _messages];

    /// <summary>Calls to the send endpoint, failed and rejected ones included: what a test counts retries by.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<EsmsServer> StartAsync()
    {
        var server = new EsmsServer(Loopback.Create());
        server.BaseAddress = await Loopback.StartAsync(server._app, server.HandleAsync);
        return server;
    }

    /// <summary>The next <paramref name="count"/> sends answer <paramref name="status"/> and send nothing, as when eSMS is down.</summary>
    public void FailNext(int count, int status = 503) => Enqueue(count, status, Loopback.OutageBody);

    /// <summary>The next <paramref name="count"/> sends are refused with <paramref name="codeResult"/> (in an HTTP 200, as eSMS answers).</summary>
    public void RejectNext(int count, string codeResult, string message) => Enqueue(count, 200, Result(codeResult, message).ToJsonString());

    /// <summary>eSMS reports the SMS's fate by a GET to the CallbackUrl the send gave, with its documented query string.</summary>
    public async Task<HttpStatusCode> SendDeliveryReportAsync(string smsId, bool success = true)
    {
        var message = _messages.FirstOrDefault(m => m.SmsId == smsId) ?? throw new ArgumentException($"No SMS {smsId} was accepted.", nameof(smsId));
        var callback = message.CallbackUrl ?? throw new InvalidOperationException($"SMS {smsId} was sent without a CallbackUrl.");
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["SMSID"] = smsId,
            ["SendFailed"] = success ? "0" : "1",
            ["SendStatus"] = "5",
            ["SendSuccess"] = success ? "1" : "0",
            ["TotalPrice"] = "800",
            ["TotalReceiver"] = "1",
            ["TotalSent"] = "1",
            ["RequestId"] = message.RequestId ?? string.Empty,
            ["TypeId"] = "2",
            ["telcoid"] = "1",
            ["phonenumber"] = message.Phone,
        });
        // QueryString.Value starts with "?"; a callback that has a query of its own goes on with "&".
        var separator = callback.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        using var response = await Loopback.Http.GetAsync(new Uri(callback + separator + query.Value![1..]));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !string.Equals(context.Request.Path.Value?.TrimEnd('/'), SendPath, StringComparison.OrdinalIgnoreCase))
        {
            await Loopback.WriteAsync(context, 404, Result("99", "Unknown endpoint").ToJsonString());
            return;
        }

        Interlocked.Increment(ref _requests);
        if (_faults.TryDequeue(out var fault))
        {
            await Loopback.WriteAsync(context, fault.Status, fault.Body);
            return;
        }

        var body = await Loopback.ReadJsonAsync(context.Request);
        JsonObject answer;
        lock (_lock)
        {
            answer = body is null ? Result("99", "Unknown error") : Send(body);
        }

        await Loopback.WriteAsync(context, 200, answer.ToJsonString());
    }

    private JsonObject Send(JsonObject body)
    {
        string? Field(string name) => Loopback.Text(body[name]);
        var phone = Field("Phone");
        var requestId = NullIfEmpty(Field("RequestId"));
        if (Field("ApiKey") != ApiKey || Field("SecretKey") != SecretKey)
        {
            return Result("101", "Authorize Failed");
        }

        if (Field("Brandname") != Brandname)
        {
            return Result("104", "Brandname does not exist or is inactive");
        }

        if (phone is null || !LocalPhone().IsMatch(phone))
        {
            return Result("108", "Phone number is invalid");
        }

        if (Field("SmsType") != "2")
        {
            return Result("300", "Missing message type");
        }

        if (requestId is not null && !_requestIds.Add(requestId))
        {
            return Result("124", "RequestId is duplicated");
        }

        var sandbox = Field("Sandbox") is "1" or "true" || body["Sandbox"]?.GetValueKind() == JsonValueKind.True;
        var message = new SmsMessage(
            phone, Field("Content") ?? string.Empty, Brandname, requestId, NullIfEmpty(Field("CallbackUrl")), Guid.NewGuid().ToString(), sandbox);
        _messages.Enqueue(message);
        return new JsonObject { ["CodeResult"] = "100", ["CountRegenerate"] = 0, ["SMSID"] = message.SmsId };
    }

    private void Enqueue(int count, int status, string body)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue((status, body));
        }
    }

    private static JsonObject Result(string codeResult, string message) => new() { ["CodeResult"] = codeResult, ["ErrorMessage"] = message };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // eSMS takes the domestic form: 0, then a Vietnamese mobile number.
    [GeneratedRegex(@"^0[35789][0-9]{8}\z")]
    private static partial Regex LocalPhone();
}
