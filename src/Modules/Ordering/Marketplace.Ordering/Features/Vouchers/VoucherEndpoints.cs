using System.Security.Claims;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.Vouchers;

internal static class VoucherEndpoints
{
    private const string Terms = "Terms: code (4-32 letters, digits, '-' or '_'), title, kind (PercentOff with percentOff and maxDiscountVnd, "
        + "AmountOff with amountOffVnd, FreeDelivery with maxDiscountVnd), minSpendVnd, totalLimit (null: none), perBuyerLimit, startsAt, endsAt, "
        + "audience (Everyone, Shoppers, BusinessBuyers)";

    public static void MapVouchers(this IEndpointRouteBuilder api)
    {
        var cart = api.MapGroup("/cart/voucher").WithTags("Cart").RequireAuthorization(AuthorizationPolicies.Api);
        cart.MapPut("/", async (CartVoucherRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ApplyVoucherCommand(CartOwner.Person(user.UserId()), request.Code, user.IsInRole(Roles.BulkBuyer)), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ApplyCartVoucher")
            .WithSummary("Puts a voucher's code on the cart; the cart comes back priced with its discount, or with the voucher's problem "
                + "(a minimum spend not reached) and nothing off. An unknown code is a 404; one nobody can use now (ended, used up, used by you) a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cart.MapDelete("/", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ApplyVoucherCommand(CartOwner.Person(user.UserId()), null), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("RemoveCartVoucher")
            .WithSummary("Takes the voucher off the cart.");

        var admin = api.MapGroup("/admin/vouchers").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/", async (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListVouchersQuery(null, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListAllianceVouchers");
        admin.MapPost("/", async (VoucherRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(request.ToCommand(null, user), cancellationToken))
                    .ToHttpResult(v => TypedResults.Created($"/api/v1/admin/vouchers/{v.VoucherId}", v)))
            .WithName("IssueAllianceVoucher")
            .WithSummary("Issues an alliance voucher, for every cooperative's goods. " + Terms
                + ", allianceSharePercent (what the alliance pays of each discount; the cooperatives whose goods it comes off pay the rest).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{voucherId:guid}/end", async (Guid voucherId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new EndVoucherCommand(null, user.UserId(), voucherId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("EndAllianceVoucher")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var cooperative = api.MapGroup("/cooperatives/{cooperativeId:guid}/vouchers").WithTags("Vouchers").RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapGet("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListVouchersQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListCooperativeVouchers")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapPost("/", async (
                CooperativeId cooperativeId, VoucherRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(request.ToCommand(cooperativeId, user), cancellationToken))
                    .ToHttpResult(v => TypedResults.Created($"/api/v1/cooperatives/{cooperativeId}/vouchers/{v.VoucherId}", v)))
            .WithName("IssueCooperativeVoucher")
            .WithSummary("Issues a voucher for the cooperative's own goods, which it pays for. " + Terms + ".")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cooperative.MapPost("/{voucherId:guid}/end", async (
                CooperativeId cooperativeId, Guid voucherId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new EndVoucherCommand(cooperativeId, user.UserId(), voucherId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("EndCooperativeVoucher")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record CartVoucherRequest(string? Code);

    internal sealed record VoucherRequest(
        string? Code,
        string? Title,
        string? Kind,
        int? PercentOff,
        long? AmountOffVnd,
        long? MaxDiscountVnd,
        long? MinSpendVnd,
        int? TotalLimit,
        int? PerBuyerLimit,
        DateTimeOffset? StartsAt,
        DateTimeOffset? EndsAt,
        string? Audience,
        int? AllianceSharePercent)
    {
        public IssueVoucherCommand ToCommand(CooperativeId? cooperativeId, ClaimsPrincipal user) => new(
            cooperativeId, user.UserId(), user.Email(), Code ?? string.Empty, Title ?? string.Empty, Kind ?? string.Empty, PercentOff ?? 0,
            AmountOffVnd ?? 0, MaxDiscountVnd, MinSpendVnd ?? 0, TotalLimit, PerBuyerLimit ?? 1, StartsAt ?? default, EndsAt ?? default,
            Audience ?? nameof(Domain.VoucherAudience.Everyone), cooperativeId is null ? AllianceSharePercent ?? 100 : 0);
    }
}
