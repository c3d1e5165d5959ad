using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.VnPay;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>VNPay's notification (IPN): the <c>vnp_</c> fields of its query string, as received.</summary>
internal sealed record VnPayNotificationCommand(IReadOnlyDictionary<string, string> Fields)
    : IRequest<Result<WalletNoticeOutcome>>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>
/// VNPay's notification of how an attempt ended, paid or not (unlike ZaloPay's, a failure is
/// notified too). Nothing is read before its hash checks out under the terminal's secret; it is
/// booked once however often it comes (<see cref="WalletOutcomes.BookNoticeAsync"/>).
/// </summary>
internal sealed partial class VnPayNotificationHandler(VnPayGateway vnpay, WalletOutcomes outcomes, ILogger<VnPayNotificationHandler> logger)
    : IRequestHandler<VnPayNotificationCommand, Result<WalletNoticeOutcome>>
{
    public async ValueTask<Result<WalletNoticeOutcome>> Handle(VnPayNotificationCommand command, CancellationToken cancellationToken)
    {
        if (!vnpay.Enabled)
        {
            return Error.NotFound("webhook.not_configured", "VNPay is not configured.");
        }

        if (vnpay.Notice(command.Fields) is not { } notice)
        {
            LogRejected(logger, command.Fields.GetValueOrDefault("vnp_TxnRef"));
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["vnp_SecureHash"] = [Bilingual.Pick("Chữ ký của thông báo không hợp lệ.", "The notification's signature is not valid.")],
            });
        }

        return await outcomes.BookNoticeAsync(PaymentMethod.VnPay, notice, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "VNPay notification for {WalletOrderId} rejected: bad signature")]
    private static partial void LogRejected(ILogger logger, string? walletOrderId);
}

/// <summary>
/// What VNPay reads back, always under 200 as its documentation asks: 00 taken, 02 taken before,
/// 01 no such order, 97 a bad signature, 99 anything else (VNPay then notifies again).
/// </summary>
internal sealed record VnPayNotificationAnswer(
    [property: JsonPropertyName("RspCode")] string RspCode,
    [property: JsonPropertyName("Message")] string Message);

internal static class VnPayNotificationEndpoint
{
    public static void MapVnPayNotifications(this IEndpointRouteBuilder api) =>
        api.MapGet("/payments/vnpay/ipn", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                var fields = request.Query.Where(q => q.Key.StartsWith("vnp_", StringComparison.Ordinal))
                    .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
                var booked = await sender.Send(new VnPayNotificationCommand(fields), cancellationToken);
                return TypedResults.Ok(booked switch
                {
                    { IsSuccess: true, Value.Changed: true } => new VnPayNotificationAnswer("00", "Confirm Success"),
                    { IsSuccess: true } => new VnPayNotificationAnswer("02", "Order already confirmed"),
                    { Error.Type: ErrorType.Validation } => new VnPayNotificationAnswer("97", "Invalid signature"),
                    { Error.Type: ErrorType.NotFound } => new VnPayNotificationAnswer("01", "Order not found"),
                    _ => new VnPayNotificationAnswer("99", "Unknown error"),
                });
            })
            .AllowAnonymous()
            .WithTags("Payments")
            .WithName("VnPayNotification")
            .WithSummary("VNPay's notification (IPN), its query string signed with HMAC-SHA512 under the terminal's secret; booked once however often "
                + "it comes. Answered under 200 with VNPay's RspCode, as VNPay's documentation asks.")
            .Produces<VnPayNotificationAnswer>();
}
