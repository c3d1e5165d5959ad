using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.ZaloPay;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>ZaloPay's callback of a payment made: its JSON body as received ({"data": "…", "mac": "…", "type": 1}).</summary>
internal sealed record ZaloPayCallbackCommand(string Payload) : IRequest<Result<WalletNoticeOutcome>>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>
/// ZaloPay's callback: nothing in its <c>data</c> is read before its <c>mac</c> checks out under
/// Key2. It is booked once however often it comes (<see cref="WalletOutcomes.BookNoticeAsync"/>):
/// ZaloPay calls again (up to three times) until it reads return code 1 (taken) or 2 (taken before).
/// </summary>
internal sealed partial class ZaloPayCallbackHandler(ZaloPayGateway zalopay, WalletOutcomes outcomes, ILogger<ZaloPayCallbackHandler> logger)
    : IRequestHandler<ZaloPayCallbackCommand, Result<WalletNoticeOutcome>>
{
    public async ValueTask<Result<WalletNoticeOutcome>> Handle(ZaloPayCallbackCommand command, CancellationToken cancellationToken)
    {
        if (!zalopay.Enabled)
        {
            return Error.NotFound("webhook.not_configured", "ZaloPay is not configured.");
        }

        Callback? callback;
        try
        {
            callback = JsonSerializer.Deserialize<Callback>(command.Payload, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            callback = null;
        }

        if (callback is not { Data.Length: > 0, Mac.Length: > 0 })
        {
            return Invalid("body", Bilingual.Pick("Nội dung không phải một callback của ZaloPay.", "The body is not a ZaloPay callback."));
        }

        if (zalopay.Callback(callback.Data, callback.Mac) is not { } paid)
        {
            LogRejected(logger, callback.Data.Length);
            return Invalid("mac", Bilingual.Pick("Chữ ký (mac) của callback không hợp lệ.", "The callback's mac is not valid."));
        }

        return await outcomes.BookNoticeAsync(PaymentMethod.ZaloPay, paid, cancellationToken);
    }

    private static Error Invalid(string field, string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    private sealed record Callback(string? Data, string? Mac, int Type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ZaloPay callback ({Length} characters of data) rejected: bad mac")]
    private static partial void LogRejected(ILogger logger, int length);
}

/// <summary>What ZaloPay reads back: 1 taken, 2 taken before (a replay).</summary>
internal sealed record ZaloPayCallbackAnswer(
    [property: JsonPropertyName("return_code")] int ReturnCode,
    [property: JsonPropertyName("return_message")] string ReturnMessage);

internal static class ZaloPayCallbackEndpoint
{
    public static void MapZaloPayCallbacks(this IEndpointRouteBuilder api) =>
        api.MapPost("/payments/zalopay/callback", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(cancellationToken);
                return (await sender.Send(new ZaloPayCallbackCommand(payload), cancellationToken)).ToHttpResult(outcome => TypedResults.Ok(
                    outcome.Changed ? new ZaloPayCallbackAnswer(1, "success") : new ZaloPayCallbackAnswer(2, "already handled")));
            })
            .AllowAnonymous()
            .DisableAntiforgery() // ZaloPay signs the data instead
            .WithMetadata(new RequestSizeLimitAttribute(16 * 1024)) // a payment's dozen fields
            .WithTags("Payments")
            .WithName("ZaloPayCallback")
            .WithSummary("ZaloPay's callback of a payment made, signed with HMAC-SHA256 under Key2 over its data; booked once however often it comes.")
            .Produces<ZaloPayCallbackAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
