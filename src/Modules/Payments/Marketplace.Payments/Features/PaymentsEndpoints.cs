using System.Security.Claims;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Features.Ledger;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Features.Payouts;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features;

/// <summary>Payments for programs: the buyer's payment, Stripe's webhook, the admin's money desk, and a cooperative's ledger.</summary>
internal static class PaymentsEndpoints
{
    public static void MapPaymentsEndpoints(this IEndpointRouteBuilder api)
    {
        MapBuyer(api);
        MapWebhook(api);
        MapAdmin(api);
        MapCooperative(api);
    }

    private static void MapBuyer(IEndpointRouteBuilder api)
    {
        var payment = api.MapGroup("/orders/{orderId:guid}/payment").WithTags("Payments").RequireAuthorization(AuthorizationPolicies.Api);
        payment.MapGet("/", async (Guid orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPaymentQuery(orderId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetOrderPayment")
            .WithSummary("How the order is paid and where that stands; for a bank transfer, the account, the reference and the VietQR payload.")
            .Produces<PaymentView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        payment.MapGet("/vietqr.png", async (Guid orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetVietQrImageQuery(orderId, user.Email()), cancellationToken)).ToHttpResult(png => TypedResults.File(png, "image/png")))
            .WithName("GetOrderVietQr")
            .WithSummary("The bank transfer's VietQR code as a PNG image.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
        payment.MapPost("/card", async (Guid orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new StartCardPaymentCommand(orderId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("StartCardPayment")
            .WithSummary("The order's Stripe PaymentIntent (created once per order and amount): its client secret is for Stripe's Payment Element.")
            .Produces<CardPaymentSession>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        payment.MapPost("/card/refresh", async (Guid orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RefreshCardPaymentCommand(orderId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("RefreshCardPayment")
            .WithSummary("Asks Stripe how the card payment ended, without waiting for the webhook.")
            .Produces<PaymentView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapWebhook(IEndpointRouteBuilder api) =>
        api.MapPost("/payments/stripe/webhook", async (HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                // The signature is over the exact bytes Stripe sent: read them as they are.
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(cancellationToken);
                return (await sender.Send(new HandleStripeWebhookCommand(payload, request.Headers["Stripe-Signature"].ToString()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok);
            })
            .AllowAnonymous()
            .DisableAntiforgery() // Stripe signs the body instead
            .WithTags("Payments")
            .WithName("StripeWebhook")
            .WithSummary("Stripe's events (payment_intent.succeeded, payment_intent.payment_failed), signed with the endpoint's secret; each event counts once.")
            .Produces<StripeWebhookOutcome>()
            .ProducesValidationProblem();

    private static void MapAdmin(IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Payments (admin)").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/payments", async Task<Ok<IReadOnlyList<PaymentSummary>>> (PaymentStatus? status, string? method, string? search, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPaymentsQuery(status, method, search), cancellationToken)))
            .WithName("ListPayments")
            .WithSummary("Payments, newest first; ?status=Pending|Succeeded|… &method=Card|BankTransfer|CashOnDelivery &search=reference, order number or e-mail.");
        admin.MapPost("/payments/{orderId:guid}/transfer-received", async (Guid orderId, TransferReceivedRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new MarkTransferReceivedCommand(orderId, request.AmountVnd, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("MarkTransferReceived")
            .WithSummary("Records a bank transfer seen in the alliance's account; the amount must be the order's.")
            .Produces<PaymentView>()
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
            .WithSummary("Imports the bank's statement (CSV with date, amount and description columns, UTF-8, at most 5 MB) and books each credit that carries a pending order's reference and amount.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<StatementImportResult>()
            .ProducesValidationProblem();
        admin.MapPost("/order-parts/{partId:guid}/refunds", async (Guid partId, RefundRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RefundPartCommand(partId, request.AmountVnd, request.Reason ?? string.Empty, user.Email(), idempotencyKey), cancellationToken))
                    .ToHttpResult(refund => TypedResults.Created($"/api/v1/admin/refunds?orderId={refund.OrderId}", refund)))
            .WithName("RefundOrderPart")
            .WithSummary("Refunds all or some of a part: by Stripe for a card payment, recorded as a bank refund for a transfer. Send an Idempotency-Key header: a retry with the same key returns the same refund.")
            .Produces<RefundView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        admin.MapGet("/refunds", async Task<Ok<IReadOnlyList<RefundView>>> (Guid? orderId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListRefundsQuery(orderId), cancellationToken)))
            .WithName("ListRefunds");
        admin.MapGet("/commission-rate", async Task<Ok<CommissionRateView>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetCommissionRateQuery(), cancellationToken)))
            .WithName("GetCommissionRate");
        admin.MapPut("/commission-rate", async (CommissionRateRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new SetCommissionRateCommand(request.Percent, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("SetCommissionRate")
            .WithSummary("The rate for orders placed from now on (0-50 %, two decimals); placed orders keep theirs.")
            .Produces<CommissionRateView>()
            .ProducesValidationProblem();
        admin.MapGet("/ledger", async Task<Ok<IReadOnlyList<LedgerBalance>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListLedgerBalancesQuery(), cancellationToken)))
            .WithName("ListLedgerBalances")
            .WithSummary("Every cooperative's balance with the sums it is made of.");
        admin.MapGet("/ledger/{vendorId:guid}", async (Guid vendorId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetVendorLedgerQuery(vendorId, user.Email(), ActorIsAdmin: true), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetCooperativeLedgerAsAdmin")
            .Produces<VendorLedger>();
        admin.MapPost("/ledger/entries/{entryId:guid}/reverse", async (Guid entryId, ReasonRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ReverseLedgerEntryCommand(entryId, request.Reason ?? string.Empty, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ReverseLedgerEntry")
            .WithSummary("Books the opposite of an entry made in error; the entry itself is never changed.")
            .Produces<LedgerEntryView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapGet("/payouts", async Task<Ok<IReadOnlyList<PayoutBatchView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPayoutBatchesQuery(), cancellationToken)))
            .WithName("ListPayoutBatches");
        admin.MapPost("/payouts", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CreatePayoutBatchCommand(user.Email()), cancellationToken)).ToHttpResult(batch => TypedResults.Created($"/api/v1/admin/payouts/{batch.BatchId}", batch)))
            .WithName("CreatePayoutBatch")
            .WithSummary("A batch of every positive balance of a cooperative with a payout account, booked as payouts at once.")
            .Produces<PayoutBatchView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapGet("/payouts/{batchId:guid}", async (Guid batchId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPayoutBatchQuery(batchId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetPayoutBatch")
            .Produces<PayoutBatchView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/payouts/{batchId:guid}/bank.csv", async (Guid batchId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ExportPayoutBatchQuery(batchId), cancellationToken)).ToHttpResult(csv => TypedResults.File(csv, "text/csv; charset=utf-8", $"payout-{batchId:N}.csv")))
            .WithName("ExportPayoutBatch")
            .WithSummary("The batch's bank-transfer lines as CSV for the bank's bulk upload.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/payouts/{batchId:guid}/paid", async (Guid batchId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new MarkPayoutBatchPaidCommand(batchId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("MarkPayoutBatchPaid")
            .WithSummary("Pays the Stripe lines by transfer (each once, whatever the retries), then marks the batch paid.")
            .Produces<PayoutBatchView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static void MapCooperative(IEndpointRouteBuilder api)
    {
        var cooperative = api.MapGroup("/cooperatives/{vendorId:guid}").WithTags("Payments (cooperative)").RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapGet("/ledger", async (Guid vendorId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetVendorLedgerQuery(vendorId, user.Email(), ActorIsAdmin: false), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetCooperativeLedger")
            .WithSummary("The cooperative's balance and entries, newest first.")
            .Produces<VendorLedger>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapGet("/payout-account", async (Guid vendorId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPayoutAccountQuery(vendorId, user.Email()), cancellationToken)).ToHttpResult(account => account is null ? TypedResults.NoContent() : TypedResults.Ok(account)))
            .WithName("GetPayoutAccount")
            .Produces<PayoutAccountView>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapPut("/payout-account", async (Guid vendorId, PayoutAccountRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SetPayoutAccountCommand(vendorId, user.Email(), request.BankName ?? string.Empty, request.AccountNumber ?? string.Empty, request.AccountHolder ?? string.Empty, request.Country ?? "VN", request.StripeAccountId),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("SetPayoutAccount")
            .WithSummary("Where the cooperative's payouts go (owners only): a bank account, or a Stripe connected account in a country Stripe pays out to.")
            .Produces<PayoutAccountView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record TransferReceivedRequest(long AmountVnd);

    internal sealed record RefundRequest(long AmountVnd, string? Reason = null);

    internal sealed record CommissionRateRequest(decimal Percent);

    internal sealed record ReasonRequest(string? Reason = null);

    internal sealed record PayoutAccountRequest(string? BankName = null, string? AccountNumber = null, string? AccountHolder = null, string? Country = null, string? StripeAccountId = null);
}
