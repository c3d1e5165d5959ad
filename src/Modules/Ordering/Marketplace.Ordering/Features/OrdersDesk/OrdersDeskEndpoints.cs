using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.OrdersDesk;

/// <summary>The orders desk for programs (an admin's bearer token): search, one order, and the export.</summary>
internal static class OrdersDeskEndpoints
{
    public static void MapOrdersDesk(this IEndpointRouteBuilder api)
    {
        var desk = api.MapGroup("/admin/orders").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        desk.MapGet("/", async Task<Results<Ok<OrdersDeskPage>, ValidationProblem>> (
                string? q, CooperativeId? vendorId, PartStatus? status, OrderPaymentState? payment, DateOnly? from, DateOnly? to, int? page,
                ISender sender, CancellationToken cancellationToken) =>
                {
                    var filter = new OrdersDeskFilter(q, vendorId, status, payment, from, to);
                    return OrdersDeskLimits.Check(filter) is { } refused
                        ? refused.ToValidationProblem()
                        : TypedResults.Ok(await sender.Send(new SearchOrdersQuery(filter, page ?? 1), cancellationToken));
                })
            .WithName("SearchOrders")
            .WithSummary("Every order, newest first, 30 a page: ?q= (number, e-mail, name or phone), vendorId, status (a part's), payment, from, to, page.")
            .ProducesValidationProblem();
        desk.MapGet("/export", async Task<Results<FileContentHttpResult, ValidationProblem>> (
                string? q, CooperativeId? vendorId, PartStatus? status, OrderPaymentState? payment, DateOnly? from, DateOnly? to, string? format,
                ISender sender, CancellationToken cancellationToken) =>
                {
                    var filter = new OrdersDeskFilter(q, vendorId, status, payment, from, to);
                    if (OrdersDeskLimits.Check(filter) is { } refused)
                    {
                        return refused.ToValidationProblem();
                    }

                    var excel = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
                    var file = await sender.Send(new ExportOrdersQuery(filter, excel), cancellationToken);
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                })
            .WithName("ExportOrders")
            .WithSummary("The same filter, one line a part (up to 100,000), as CSV or ?format=xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
        desk.MapGet("/{orderId:guid}", async (OrderId orderId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetDeskOrderQuery(orderId), cancellationToken)).ToHttpResult(desk => TypedResults.Ok(desk.Order)))
            .WithName("GetOrderAsAdmin")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
