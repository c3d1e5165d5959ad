using System.Text.Json;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.MoMo;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>
/// MoMo's notification (IPN) of how a payment ended. Nothing is read before its signature checks
/// out under the partner's secret key. It is booked once however often it comes: the payment's
/// state and version decide (<see cref="WalletOutcomes"/>), so a replay finds it booked, a late
/// failure finds it paid, and two at the same moment book it once.
/// </summary>
internal sealed partial class MoMoNotificationHandler(
    PaymentsDbContext db, MoMoGateway momo, WalletOutcomes outcomes, ILogger<MoMoNotificationHandler> logger)
    : IRequestHandler<MoMoNotificationCommand, Result<WalletNoticeOutcome>>
{
    public async ValueTask<Result<WalletNoticeOutcome>> Handle(MoMoNotificationCommand command, CancellationToken cancellationToken)
    {
        if (!momo.Enabled)
        {
            return Error.NotFound("webhook.not_configured", "MoMo is not configured.");
        }

        MoMoResult? notice;
        try
        {
            notice = JsonSerializer.Deserialize<MoMoResult>(command.Payload, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            notice = null;
        }

        if (notice is null)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["body"] = [Bilingual.Pick("Nội dung không phải một thông báo của MoMo.", "The body is not a MoMo notification.")],
            });
        }

        if (!momo.SignedByMoMo(notice))
        {
            LogRejected(logger, notice.OrderId, notice.PartnerCode);
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["signature"] = [Bilingual.Pick("Chữ ký của thông báo không hợp lệ.", "The notification's signature is not valid.")],
            });
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var payment = await outcomes.PaymentOfAsync(notice.OrderId, cancellationToken);
            if (payment is null || payment.Method != PaymentMethod.MoMo)
            {
                return PaymentBook.NotFound();
            }

            if (await outcomes.ApplyAsync(payment, notice, cancellationToken) == WalletApplied.Unchanged)
            {
                return new WalletNoticeOutcome(notice.OrderId, notice.ResultCode, Changed: false);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new WalletNoticeOutcome(notice.OrderId, notice.ResultCode, Changed: true);
            }
            catch (DbUpdateException)
            {
                // Booked at the same moment by the same notification again, or by the shopper's way back: look again.
                db.ChangeTracker.Clear();
            }
        }

        return Error.Conflict("webhook.retry", "The payment changed while this notification was handled; send it again.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MoMo notification for {WalletOrderId} (partner {PartnerCode}) rejected: bad signature")]
    private static partial void LogRejected(ILogger logger, string walletOrderId, string partnerCode);
}

internal static class MoMoNotificationEndpoint
{
    public static void MapMoMoNotifications(this IEndpointRouteBuilder api) =>
        api.MapPost("/payments/momo/ipn", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(cancellationToken);

                // MoMo asks for 204 No Content once the notification is taken.
                return (await sender.Send(new MoMoNotificationCommand(payload), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent());
            })
            .AllowAnonymous()
            .DisableAntiforgery() // MoMo signs the body instead
            .WithTags("Payments")
            .WithName("MoMoNotification")
            .WithSummary("MoMo's payment notification (IPN), signed with HMAC-SHA256 under the partner's secret key; booked once however often it comes.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
