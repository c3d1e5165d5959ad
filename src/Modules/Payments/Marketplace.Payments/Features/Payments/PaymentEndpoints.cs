using System.Security.Claims;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.Payments;

/// <summary>A buyer's payment of an order, and the admins' list of payments.</summary>
internal static class PaymentEndpoints
{
    public static void MapBuyerPayment(this IEndpointRouteBuilder payment)
    {
        payment.MapGet("/", async (OrderId orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPaymentQuery(orderId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetOrderPayment")
            .WithSummary("How the order is paid and where that stands; for a bank transfer, the account, the reference and the VietQR payload.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        payment.MapGet("/vietqr.png", async (OrderId orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetVietQrImageQuery(orderId, user.UserId()), cancellationToken)).ToHttpResult(png => TypedResults.File(png,
                    "image/png")))
            .WithName("GetOrderVietQr")
            .WithSummary("The bank transfer's VietQR code as a PNG image.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
        payment.MapPost("/card", async (OrderId orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new StartCardPaymentCommand(orderId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("StartCardPayment")
            .WithSummary("The order's Stripe PaymentIntent (created once per order and amount): its client secret is for Stripe's Payment Element.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        payment.MapPost("/card/refresh", async (OrderId orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RefreshCardPaymentCommand(orderId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("RefreshCardPayment")
            .WithSummary("Asks Stripe how the card payment ended, without waiting for the webhook.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        payment.MapPost("/wallet", async (OrderId orderId, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new StartWalletPaymentCommand(orderId, http.User.UserId(), http.Connection.RemoteIpAddress?.ToString()),
                    cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("StartWalletPayment")
            .WithSummary("Where to pay the order with its wallet (MoMo, ZaloPay, VNPay): its payment page (the same while the attempt lives; "
                + "a new attempt once one failed).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        payment.MapPost("/wallet/refresh", async (OrderId orderId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RefreshWalletPaymentCommand(orderId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("RefreshWalletPayment")
            .WithSummary("Asks MoMo how the last attempt ended, without waiting for its notification.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapPaymentsAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/payments", async Task<Ok<IReadOnlyList<PaymentSummary>>> (
                PaymentStatus? status, string? method, string? search, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPaymentsQuery(status, method, search), cancellationToken)))
            .WithName("ListPayments")
            .WithSummary("Payments, newest first; ?status=Pending|Succeeded|… &method=Card|MoMo|BankTransfer|CashOnDelivery "
                + "&search=reference, order number or e-mail.");
    }
}
