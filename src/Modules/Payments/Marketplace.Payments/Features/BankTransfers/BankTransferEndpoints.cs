using System.Security.Claims;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.BankTransfers;

/// <summary>Bank transfers the alliance's account received: one by hand, or a bank statement at once.</summary>
internal static class BankTransferEndpoints
{
    public static void MapBankTransfersAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapPost("/payments/{orderId:guid}/transfer-received", async (
                OrderId orderId, TransferReceivedRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new MarkTransferReceivedCommand(orderId, request.AmountVnd, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("MarkTransferReceived")
            .WithSummary("Records a bank transfer seen in the alliance's account; the amount must be the order's.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/bank-statements", async (HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
                if (form?.Files.Count != 1)
                {
                    return UploadProblems.OneFileExpected();
                }

                var file = (await UploadedFiles.ReadAsync(form.Files, cancellationToken))[0];
                return (await sender.Send(new ImportBankStatementCommand(file, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok);
            })
            .DisableAntiforgery() // bearer tokens only
            .WithName("ImportBankStatement")
            .WithSummary("Imports the bank's statement (CSV with date, amount and description columns, UTF-8, at most 5 MB) "
                + "and books each credit that carries a pending order's reference and amount.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem();
    }

    internal sealed record TransferReceivedRequest(long AmountVnd);
}
