using System.Text.Json.Nodes;
using Marketplace.SharedKernel.Notices;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Notices;

/// <summary>"Zalo": the Official Account's app and the ZNS template the marketplace sends its notices with.</summary>
public sealed class ZaloOptions
{
    public const string Section = "Zalo";

    public Uri ApiBase { get; set; } = new("https://business.openapi.zalo.me/");

    public Uri OAuthBase { get; set; } = new("https://oauth.zaloapp.com/");

    public string? AppId { get; set; }

    /// <summary>The app's secret key: the <c>secret_key</c> header of the token refresh.</summary>
    public string? AppSecretKey { get; set; }

    /// <summary>The Official Account's secret key: what Zalo's webhook signatures are computed with.</summary>
    public string? OaSecretKey { get; set; }

    /// <summary>The first tokens; refreshed ones are kept in the shared cache, since a refresh token works once.</summary>
    public string? AccessToken { get; set; }

    public string? RefreshToken { get; set; }

    /// <summary>An approved ZNS template with the parameters <c>title</c> and <c>detail</c>.</summary>
    public string? TemplateId { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Configured => AppId is not null && AppSecretKey is not null && RefreshToken is not null && TemplateId is not null;
}

/// <summary>
/// Zalo Notification Service template messages by phone number (POST /message/template with the
/// OA's <c>access_token</c> header). An expired access token (error -124) is refreshed once with
/// OAuth v4 and the message sent again; the refreshed pair is kept in the distributed cache (Redis
/// with several instances), because Zalo's refresh tokens are single-use. Errors about the
/// message itself (-108 phone, -109/-111/-112 template, -118 no Zalo account …) are refusals;
/// an unreachable server or any other error is worth a retry.
/// </summary>
public sealed partial class ZaloZnsSender(HttpClient http, IDistributedCache cache, IOptions<ZaloOptions> options, ILogger<ZaloZnsSender> logger)
    : INoticeSender
{
    private const string TokensKey = "notices:zalo-tokens";

    private static readonly int[] Refusals = [-101, -102, -103, -104, -105, -108, -109, -110, -111, -112, -118];

    public NoticeChannel Channel => NoticeChannel.Zalo;

    public async Task<SendOutcome> SendAsync(TextNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var tokens = await TokensAsync(cancellationToken);
        var (error, answer) = await PostAsync(notice, tokens.Access, cancellationToken);
        if (error == -124)
        {
            tokens = await RefreshAsync(tokens.Refresh, cancellationToken);
            if (tokens.Access.Length == 0)
            {
                return new SendOutcome.Rejected("Zalo: the access token could not be refreshed (check Zalo:AppSecretKey and the refresh token).");
            }

            (error, answer) = await PostAsync(notice, tokens.Access, cancellationToken);
        }

        return error switch
        {
            null => new SendOutcome.Retry($"Zalo: {answer}"),
            0 => new SendOutcome.Sent(JsonNode.Parse(answer)?["data"]?["msg_id"]?.GetValue<string>() ?? string.Empty),
            _ when Refusals.Contains(error.Value) || error == -124 => Refused(error.Value, answer),
            _ => new SendOutcome.Retry($"Zalo {error}: {Message(answer)}"),
        };
    }

    /// <summary>"0912345678" as ZNS wants it: "84912345678".</summary>
    public static string InternationalPhone(string national) => "84" + national.TrimStart('0');

    private SendOutcome.Rejected Refused(int error, string answer)
    {
        var message = $"Zalo {error}: {Message(answer)}";
        LogRefused(logger, error, message);
        return new SendOutcome.Rejected(message);
    }

    private static string? Message(string answer) => ProviderJson.TryParse(answer)?["message"]?.GetValue<string>();

    /// <summary>The answer's error code, or null when the server did not answer as Zalo does (a proxy's error page, a 5xx).</summary>
    private async Task<(int? Error, string Answer)> PostAsync(TextNotice notice, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBase, "message/template"))
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["phone"] = InternationalPhone(notice.Phone),
                ["template_id"] = options.Value.TemplateId,
                ["template_data"] = new JsonObject { ["title"] = notice.Title, ["detail"] = notice.Detail },
                ["tracking_id"] = notice.Reference,
            }),
        };
        request.Headers.Add("access_token", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode && ProviderJson.TryParse(body)?["error"] is JsonValue code && code.TryGetValue<int>(out var error)
            ? (error, body)
            : (null, $"HTTP {(int)response.StatusCode}");
    }

    private async Task<(string Access, string Refresh)> TokensAsync(CancellationToken cancellationToken)
    {
        var kept = await cache.GetStringAsync(TokensKey, cancellationToken);
        return kept?.Split('\n') is [var access, var refresh] ? (access, refresh) : (options.Value.AccessToken ?? string.Empty, options.Value.RefreshToken!);
    }

    private async Task<(string Access, string Refresh)> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.OAuthBase, "v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["refresh_token"] = refreshToken,
                ["app_id"] = options.Value.AppId!,
                ["grant_type"] = "refresh_token",
            }),
        };
        request.Headers.Add("secret_key", options.Value.AppSecretKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = ProviderJson.TryParse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (answer?["access_token"]?.GetValue<string>() is not { } access || answer["refresh_token"]?.GetValue<string>() is not { } refresh)
        {
            LogRefreshFailed(logger, answer?.ToJsonString() ?? $"HTTP {(int)response.StatusCode}");
            return (string.Empty, refreshToken);
        }

        // A refresh token lasts three months; kept that long, the pair outlives the access token's 25 hours.
        await cache.SetStringAsync(TokensKey, $"{access}\n{refresh}",
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(90) }, cancellationToken);
        return (access, refresh);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo refused a notice ({Error}): {Message}")]
    private static partial void LogRefused(ILogger logger, int error, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo's access token could not be refreshed: {Answer}")]
    private static partial void LogRefreshFailed(ILogger logger, string answer);
}
