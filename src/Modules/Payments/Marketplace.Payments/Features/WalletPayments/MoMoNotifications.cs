using System.Text.Json;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.MoMo;
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

/// <summary>
/// MoMo's notification (IPN) of how a payment ended. Nothing is read before its signature checks
/// out under the partner's secret key. It is booked once however often it comes
/// (<see cref="WalletOutcomes.BookNoticeAsync"/>).
/// </summary>
internal sealed partial class MoMoNotificationHandler(MoMoGateway momo, WalletOutcomes outcomes, ILogger<MoMoNotificationHandler> logger)
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

        return await outcomes.BookNoticeAsync(PaymentMethod.MoMo, notice.ToWallet(), cancellationToken);
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
            .WithMetadata(new RequestSizeLimitAttribute(16 * 1024)) // a payment's dozen fields
            .WithTags("Payments")
            .WithName("MoMoNotification")
            .WithSummary("MoMo's payment notification (IPN), signed with HMAC-SHA256 under the partner's secret key; booked once however often it comes.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
