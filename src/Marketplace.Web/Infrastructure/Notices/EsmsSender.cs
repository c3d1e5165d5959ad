using System.Text.Json.Nodes;
using Marketplace.SharedKernel.Notices;
using Marketplace.SharedKernel.Web;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Notices;

/// <summary>"Esms": the eSMS.vn account and the brandname (registered with the carriers) SMS notices come from.</summary>
public sealed class EsmsOptions
{
    public const string Section = "Esms";

    public Uri ApiBase { get; set; } = new("https://rest.esms.vn/");

    public string? ApiKey { get; set; }

    public string? SecretKey { get; set; }

    public string? Brandname { get; set; }

    /// <summary>A secret of ours in the delivery-report address (16 characters or more): eSMS does not sign its callbacks.</summary>
    public string? CallbackKey { get; set; }

    /// <summary>eSMS checks the message but neither sends nor charges it.</summary>
    public bool Sandbox { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Configured => ApiKey is not null && SecretKey is not null && Brandname is not null && CallbackKey is { Length: >= 16 };
}

/// <summary>
/// Customer-care SMS from the marketplace's brandname through eSMS.vn's JSON API
/// (SendMultipleMessage_V4_post_json, SmsType 2, Unicode for Vietnamese). The delivery's id is the
/// request id, which eSMS refuses twice in a day (CodeResult 124): a retry after a lost answer
/// cannot send a second SMS. Codes about the account or the message are refusals; 99 and an
/// unreachable server are worth a retry.
/// </summary>
public sealed partial class EsmsSender(HttpClient http, PublicSite site, IOptions<EsmsOptions> options, ILogger<EsmsSender> logger) : INoticeSender
{
    private static readonly Dictionary<string, string> Refusals = new(StringComparer.Ordinal)
    {
        ["101"] = "wrong API key or secret key",
        ["102"] = "no price list for the account",
        ["103"] = "the account's balance is too low",
        ["104"] = "the brandname is not registered or not active",
        ["108"] = "the phone number is invalid",
        ["140"] = "this server's address is not allowed",
        ["146"] = "the customer-care template is not registered",
        ["177"] = "the carrier is not registered for the brandname",
        ["300"] = "the message type is missing",
    };

    public NoticeChannel Channel => NoticeChannel.Sms;

    public async Task<SendOutcome> SendAsync(TextNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var settings = options.Value;
        using var response = await http.PostAsync(
            new Uri(settings.ApiBase, "MainService.svc/json/SendMultipleMessage_V4_post_json/"),
            JsonContent.Create(new JsonObject
            {
                ["ApiKey"] = settings.ApiKey,
                ["SecretKey"] = settings.SecretKey,
                ["Phone"] = notice.Phone,
                ["Content"] = notice.SmsText,
                ["Brandname"] = settings.Brandname,
                ["SmsType"] = "2",
                ["IsUnicode"] = "1",
                ["Sandbox"] = settings.Sandbox ? "1" : "0",
                ["RequestId"] = notice.Reference,
                ["CallbackUrl"] = site.Link($"/api/v1/webhooks/esms?key={Uri.EscapeDataString(settings.CallbackKey ?? string.Empty)}"),
            }),
            cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || ProviderJson.TryParse(body) is not { } answer || answer["CodeResult"]?.ToString() is not { } code)
        {
            return new SendOutcome.Retry($"eSMS: HTTP {(int)response.StatusCode}");
        }

        if (code == "100")
        {
            return new SendOutcome.Sent(answer["SMSID"]?.ToString() ?? notice.Reference);
        }

        if (code == "124")
        {
            // This request id was taken before: the answer to an earlier attempt was lost, the SMS went.
            return new SendOutcome.Sent(notice.Reference);
        }

        var message = $"eSMS {code}: {Refusals.GetValueOrDefault(code) ?? answer["ErrorMessage"]?.ToString()}";
        if (!Refusals.ContainsKey(code))
        {
            return new SendOutcome.Retry(message);
        }

        LogRefused(logger, code, message);
        return new SendOutcome.Rejected(message);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "eSMS refused a notice ({Code}): {Message}")]
    private static partial void LogRefused(ILogger logger, string code, string message);
}
