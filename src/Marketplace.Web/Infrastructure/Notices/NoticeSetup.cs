using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marketplace.SharedKernel.Notices;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Notices;

/// <summary>
/// The phone channels of the notification centre: each provider that is configured becomes an
/// <see cref="INoticeSender"/>, and its delivery reports come in through a webhook of its own,
/// checked as the provider signs (Zalo) or by our secret in the address (eSMS signs nothing).
/// </summary>
public static partial class NoticeSetup
{
    public static IServiceCollection AddNoticeChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ZaloOptions>().BindConfiguration(ZaloOptions.Section);
        services.AddOptions<EsmsOptions>().BindConfiguration(EsmsOptions.Section);
        var zalo = configuration.GetSection(ZaloOptions.Section).Get<ZaloOptions>() ?? new ZaloOptions();
        if (zalo.Configured)
        {
            services.AddHttpClient<ZaloZnsSender>(http => http.Timeout = zalo.Timeout);
            services.AddTransient<INoticeSender>(provider => provider.GetRequiredService<ZaloZnsSender>());
        }

        var esms = configuration.GetSection(EsmsOptions.Section).Get<EsmsOptions>() ?? new EsmsOptions();
        if (esms.Configured)
        {
            services.AddHttpClient<EsmsSender>(http => http.Timeout = esms.Timeout);
            services.AddTransient<INoticeSender>(provider => provider.GetRequiredService<EsmsSender>());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapNoticeWebhooks(this IEndpointRouteBuilder api)
    {
        var hooks = api.MapGroup("/webhooks").WithTags("Webhooks").AllowAnonymous().ExcludeFromDescription();
        hooks.MapPost("/zalo", ZaloAsync).DisableAntiforgery();
        hooks.MapGet("/esms", EsmsAsync);
        return api;
    }

    /// <summary>
    /// Zalo's event: the header <c>X-ZEvent-Signature: mac=…</c> is SHA-256 of app id, raw body,
    /// the body's timestamp and the OA's secret key. A "user_received_message" marks the delivery.
    /// </summary>
    private static async Task<Results<Ok, ProblemHttpResult>> ZaloAsync(
        HttpRequest request, IOptions<ZaloOptions> options, ISender sender, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        string? timestamp = null, eventName = null, messageId = null, trackingId = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                var root = json.RootElement;
                timestamp = root.TryGetProperty("timestamp", out var t) ? t.ToString() : null;
                eventName = root.TryGetProperty("event_name", out var e) ? e.ToString() : null;
                if (root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object)
                {
                    messageId = m.TryGetProperty("msg_id", out var id) ? id.ToString() : null;
                    trackingId = m.TryGetProperty("tracking_id", out var tracking) ? tracking.ToString() : null;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: its signature cannot match either.
        }

        var settings = options.Value;
        var expected = "mac=" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{settings.AppId}{body}{timestamp}{settings.OaSecretKey}")));
        var given = request.Headers["X-ZEvent-Signature"].ToString();
        if (settings.OaSecretKey is null || timestamp is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given)))
        {
            LogBadSignature(logs.CreateLogger(typeof(NoticeSetup)), "Zalo", request.HttpContext.Connection.RemoteIpAddress?.ToString());
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The event's signature does not match.");
        }

        if (eventName == "user_received_message" && messageId is not null)
        {
            // The tracking id is the delivery's own: a report that overtakes the saving of Zalo's msg_id still finds it.
            Guid? deliveryId = Guid.TryParseExact(trackingId, "N", out var id) ? id : null;
            await ReportAsync(
                sender, new RecordNoticeReportCommand(NoticeChannel.Zalo, messageId, Delivered: true, Error: null, deliveryId), cancellationToken);
        }

        return TypedResults.Ok();
    }

    /// <summary>
    /// Records a provider's report. A report may overtake the saving of the send it reports on (the
    /// same delivery, whose version changed meanwhile): it is read again and applied again, as it says
    /// the same whenever it is applied; a provider told 409 would not send it a second time. Each try
    /// waits a little longer (50, 100, 200, 400 ms), for the send's own saves to be done: on a busy
    /// database three tries at once could all meet the send still saving.
    /// </summary>
    private static async Task ReportAsync(ISender sender, RecordNoticeReportCommand report, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await sender.Send(report, cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(25 << attempt), cancellationToken);
            }
        }
    }

    /// <summary>eSMS's report, a GET with SendStatus 5 (finished: SendSuccess or SendFailed) or 4 (rejected); the rest are steps on the way.</summary>
    private static async Task<Results<Ok, ProblemHttpResult>> EsmsAsync(
        HttpRequest request, IOptions<EsmsOptions> options, ISender sender, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var key = options.Value.CallbackKey;
        if (key is not { Length: >= 16 }
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(query["key"].ToString())))
        {
            LogBadSignature(logs.CreateLogger(typeof(NoticeSetup)), "eSMS", request.HttpContext.Connection.RemoteIpAddress?.ToString());
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The report's key does not match.");
        }

        var status = query["SendStatus"].ToString();
        if (status is "5" or "4")
        {
            var delivered = status == "5" && query["SendSuccess"].ToString() is var success && success is not ("" or "0");
            Guid? deliveryId = Guid.TryParseExact(query["RequestId"].ToString(), "N", out var id) ? id : null;
            await ReportAsync(
                sender,
                new RecordNoticeReportCommand(
                    NoticeChannel.Sms, query["SMSID"].ToString(), delivered, delivered ? null : $"eSMS SendStatus {status}", deliveryId),
                cancellationToken);
        }

        return TypedResults.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Provider} delivery report from {Address} was refused: its signature or key does not match")]
    private static partial void LogBadSignature(ILogger logger, string provider, string? address);
}
