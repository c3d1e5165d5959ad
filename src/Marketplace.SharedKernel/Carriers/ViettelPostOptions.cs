using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.SharedKernel.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>
/// Configuration section "Carriers:ViettelPost": the alliance's Viettel Post partner account. Either
/// the account's <see cref="Username"/> (its phone number) and <see cref="Password"/>, exchanged for
/// a token as Viettel Post's API documents (/v2/user/Login, then /v2/user/ownerconnect for the
/// long-lived one) and again when a token is refused, or a long-lived <see cref="Token"/> Viettel
/// Post issued. Without either Viettel Post is priced by the alliance's table and its parcels are
/// booked by hand. <see cref="Endpoint"/> is the partner API (https://partnerdev.viettelpost.vn for
/// its sandbox; the tests' loopback Viettel Post), <see cref="PrintEndpoint"/> where its labels print.
/// </summary>
public sealed class ViettelPostOptions : IGatewayTimeouts
{
    public const string Section = "Carriers:ViettelPost";

    /// <summary>Viettel Post takes at most this many bytes (UTF-8) in a text field: a name, an address, a note.</summary>
    public const int MaxTextBytes = 150;

    public string Endpoint { get; set; } = "https://partner.viettelpost.vn";

    public string PrintEndpoint { get; set; } = "https://digitalize.viettelpost.vn";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? Token { get; set; }

    /// <summary>
    /// The service parcels go by (<c>ORDER_SERVICE</c>, as the alliance's contract names it); left
    /// out, the cheapest Viettel Post offers for the route (its /v2/order/getPriceAll).
    /// </summary>
    public string? Service { get; set; }

    /// <summary>
    /// The secret set in Viettel Post's portal for its status pushes ("Thông tin nhận hành trình"):
    /// Viettel Post signs nothing, so a push whose <c>TOKEN</c> (or Authorization header) is not this
    /// is refused. Without it no push is taken.
    /// </summary>
    public string? WebhookToken { get; set; }

    /// <summary>
    /// A person at the packing table waits for a booking: patient. The address book, prices, labels
    /// and cancels are retried; an order is not (Viettel Post takes our code once, and lists no order by it).
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(25);

    public int MaxRetries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Logs in by account rather than with a token given once.</summary>
    public bool LogsIn => !string.IsNullOrWhiteSpace(Username) && !string.IsNullOrWhiteSpace(Password);

    public bool Configured => LogsIn || !string.IsNullOrWhiteSpace(Token);

    /// <summary>
    /// <paramref name="text"/> as Viettel Post takes it: at most <see cref="MaxTextBytes"/> bytes of
    /// UTF-8 (a Vietnamese letter is two or three), never half a letter.
    /// </summary>
    public static string Fit(string text, int maxBytes = MaxTextBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (Encoding.UTF8.GetByteCount(trimmed) <= maxBytes)
        {
            return trimmed;
        }

        var kept = new StringBuilder();
        var bytes = 0;
        foreach (var rune in trimmed.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > maxBytes)
            {
                break;
            }

            kept.Append(rune.ToString());
        }

        return kept.ToString().TrimEnd();
    }
}

/// <summary>
/// Viettel Post's answers come in one envelope: <c>{"status":200,"error":false,"message":"OK","data":…}</c>;
/// <c>error</c> true is a refusal, often with HTTP 200, its reason in <c>message</c> (a list of
/// reasons, at times).
/// </summary>
public sealed record ViettelPostAnswer<T>(int Status, bool Error, [property: JsonConverter(typeof(ViettelPostMessage))] string? Message, T? Data);

/// <summary>Viettel Post's <c>message</c>: a sentence, or a list of them (joined), or anything else as written.</summary>
public sealed class ViettelPostMessage : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var message = document.RootElement;
        return message.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => message.GetString(),
            JsonValueKind.Array => string.Join(
                "; ", message.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString() : m.GetRawText())),
            _ => message.GetRawText(),
        };
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}

public static class ViettelPostJson
{
    /// <summary>
    /// Viettel Post names its fields in upper snake case (SENDER_PROVINCE) and its envelope in lower
    /// case; it writes some figures as strings.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

public static class ViettelPostConfiguration
{
    /// <summary>Viettel Post's options, its sign-in and its address book, once however many modules ask.</summary>
    public static IServiceCollection AddViettelPost(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ViettelPostAddresses)))
        {
            return services;
        }

        services.AddOptions<ViettelPostOptions>().BindConfiguration(ViettelPostOptions.Section);
        services.AddMemoryCache();
        services.AddHttpClient<ViettelPostSession>(ViettelPostSession.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<ViettelPostOptions>();
        services.AddHttpClient<ViettelPostAddresses>(ViettelPostAddresses.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<ViettelPostOptions>();
        return services;
    }
}
