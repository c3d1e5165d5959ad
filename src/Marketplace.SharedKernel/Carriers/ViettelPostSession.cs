using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>
/// Viettel Post's answer to a call: the HTTP status and the body's JSON (undefined when the body
/// was not JSON: a proxy's error page). Read once, as Viettel Post's answers are small.
/// </summary>
public sealed record ViettelPostReply(int HttpStatus, JsonElement Body)
{
    /// <summary>Viettel Post answered in its own words (a refusal among them), not an outage.</summary>
    public bool Answered => HttpStatus < 500 && Body.ValueKind is JsonValueKind.Object or JsonValueKind.Array;

    /// <summary>The body as Viettel Post's envelope, or null when it is not one.</summary>
    public ViettelPostAnswer<T>? Envelope<T>()
    {
        if (Body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return Body.Deserialize<ViettelPostAnswer<T>>(ViettelPostJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The alliance signed in to Viettel Post: every call carries its token in the <c>Token</c> header,
/// as Viettel Post's API documents. An account (<see cref="ViettelPostOptions.LogsIn"/>) is signed in
/// with POST /v2/user/Login {USERNAME, PASSWORD}, whose short-lived token POST /v2/user/ownerconnect
/// exchanges for a long-lived one; it is kept half a day, one sign-in at a time, and a token Viettel
/// Post refuses ("Token invalid or expired") is dropped and the call made once more with a new one.
/// A token still refused is no answer (an operator's business, logged as an error), never a
/// carrier's refusal of the parcel. Shared by Viettel Post's two users: Vendors prices, Ordering books.
/// </summary>
public sealed partial class ViettelPostSession(
    HttpClient http, IOptionsMonitor<ViettelPostOptions> options, IMemoryCache cache, ILogger<ViettelPostSession> logger)
{
    public const string HttpClientName = "viettelpost-session";

    private const string TokenKey = "viettelpost:token";

    private static readonly TimeSpan Kept = TimeSpan.FromHours(12);

    /// <summary>A cold start with many quotes at once signs in once.</summary>
    private static readonly SemaphoreSlim SigningIn = new(1, 1);

    /// <summary>
    /// Sends <paramref name="body"/> (JSON, when there is one) to <paramref name="path"/> through
    /// <paramref name="client"/> (the caller's, with its own patience) with the alliance's token; null
    /// when no token could be had or Viettel Post kept refusing it.
    /// </summary>
    public async Task<ViettelPostReply?> SendAsync(HttpClient client, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var settings = options.CurrentValue;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var token = settings.LogsIn ? await SignInAsync(settings, cancellationToken) : settings.Token;
            if (string.IsNullOrWhiteSpace(token))
            {
                return null;
            }

            using var request = Request(settings, method, path, token, body);
            var reply = await ReplyAsync(client, request, cancellationToken);
            if (!TokenRefused(reply))
            {
                return reply;
            }

            LogTokenRefused(logger, path);
            if (!settings.LogsIn)
            {
                break;
            }

            if (cache.TryGetValue(TokenKey, out string? kept) && kept == token)
            {
                cache.Remove(TokenKey);
            }
        }

        LogGaveUp(logger, path);
        return null;
    }

    private static async Task<ViettelPostReply> ReplyAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await client.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        JsonElement body;
        try
        {
            body = bytes.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(bytes);
        }
        catch (JsonException)
        {
            body = default;
        }

        return new ViettelPostReply((int)response.StatusCode, body);
    }

    private static HttpRequestMessage Request(ViettelPostOptions settings, HttpMethod method, string path, string? token, object? body)
    {
        var request = new HttpRequestMessage(method, new Uri(new Uri(settings.Endpoint), path));
        if (token is not null)
        {
            request.Headers.Add("Token", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ViettelPostJson.Options);
        }

        return request;
    }

    private async Task<string?> SignInAsync(ViettelPostOptions settings, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(TokenKey, out string? known) && !string.IsNullOrEmpty(known))
        {
            return known;
        }

        await SigningIn.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(TokenKey, out known) && !string.IsNullOrEmpty(known))
            {
                return known; // another call signed in while this one waited
            }

            var account = new Account(settings.Username!, settings.Password!);
            using var login = Request(settings, HttpMethod.Post, "/v2/user/Login", null, account);
            var shortLived = await TokenOfAsync(login, cancellationToken);
            if (shortLived is null)
            {
                return null;
            }

            using var owner = Request(settings, HttpMethod.Post, "/v2/user/ownerconnect", shortLived, account);
            var longLived = await TokenOfAsync(owner, cancellationToken);
            if (longLived is not null)
            {
                cache.Set(TokenKey, longLived, Kept);
            }

            return longLived;
        }
        finally
        {
            SigningIn.Release();
        }
    }

    private async Task<string?> TokenOfAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var reply = await ReplyAsync(http, request, cancellationToken);
        if (reply.Envelope<SignedIn>() is { Error: false, Data.Token: { Length: > 0 } token })
        {
            return token;
        }

        LogNotSignedIn(logger, request.RequestUri?.AbsolutePath, reply.HttpStatus, reply.Envelope<object>()?.Message);
        return null;
    }

    /// <summary>
    /// Viettel Post's refusals of a token: 401, or its envelope's words ("Token invalid", "Token
    /// invalid or expired", "Header Token is required").
    /// </summary>
    private static bool TokenRefused(ViettelPostReply reply) =>
        reply.HttpStatus == (int)HttpStatusCode.Unauthorized
        || (reply.Envelope<object>() is { Error: true, Message: { } message } && message.Contains("token", StringComparison.OrdinalIgnoreCase));

    private sealed record Account(string Username, string Password);

    private sealed record SignedIn(string? Token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Viettel Post refused the alliance's token on {Path}")]
    private static partial void LogTokenRefused(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Viettel Post keeps refusing the alliance's token on {Path}: check Carriers:ViettelPost")]
    private static partial void LogGaveUp(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Viettel Post did not sign the alliance in at {Path} (HTTP {Status}): {Message}")]
    private static partial void LogNotSignedIn(ILogger logger, string? path, int status, string? message);
}
