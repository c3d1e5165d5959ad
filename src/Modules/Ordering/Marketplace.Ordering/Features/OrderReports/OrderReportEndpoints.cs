using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>The orders report for programs: the alliance's (an admin's token) and a cooperative's own (one of its people), as JSON, CSV or Excel.</summary>
internal static class OrderReportEndpoints
{
    private const string Summary = "Orders, parts, goods, average order, buyers and repeat buyers between two days (Vietnam's, both included) "
        + "against the span before; by Day|Week|Month|Year (grain), payment method, province, category and product (the best 20); "
        + "cancelled parts by reason; parts not shipped lateAfterDays (1–60, 2 when left out) after their order.";

    public static void MapOrderReports(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin/reports/orders").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/", async ([AsParameters] ReportAsk ask, CooperativeId? vendorId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(ask.Report(vendorId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetOrdersReport")
            .WithSummary(Summary)
            .ProducesValidationProblem();
        admin.MapGet("/export", async ([AsParameters] ReportAsk ask, CooperativeId? vendorId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(ask.Export(vendorId), cancellationToken)).ToHttpResult(ReportAsk.File))
            .WithName("ExportOrdersReport")
            .WithSummary("The report's tables as CSV, or ?format=xlsx as a workbook of a sheet each.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        var cooperative = api.MapGroup("/cooperatives/{cooperativeId:guid}/reports/orders")
            .WithTags("Fulfilment")
            .RequireAuthorization(AuthorizationPolicies.Api);
        cooperative.MapGet("/", async (
                CooperativeId cooperativeId, [AsParameters] ReportAsk ask, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await MayReadAsync(sender, cooperativeId, user, cancellationToken)
                    ? await sender.Send(ask.Report(cooperativeId), cancellationToken)
                    : NotFound()).ToHttpResult(TypedResults.Ok))
            .WithName("GetCooperativeOrdersReport")
            .WithSummary("The same report, of the cooperative's own orders only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        cooperative.MapGet("/export", async (
                CooperativeId cooperativeId, [AsParameters] ReportAsk ask, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await MayReadAsync(sender, cooperativeId, user, cancellationToken)
                    ? await sender.Send(ask.Export(cooperativeId), cancellationToken)
                    : NotFound()).ToHttpResult(ReportAsk.File))
            .WithName("ExportCooperativeOrdersReport")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>What a program asks of a report in its query string.</summary>
    internal sealed record ReportAsk(DateOnly From, DateOnly To, ReportGrain? Grain = null, int? LateAfterDays = null, string? Format = null)
    {
        public GetOrdersReportQuery Report(CooperativeId? cooperativeId) =>
            new(From, To, cooperativeId, Grain ?? ReportGrain.Day, LateAfterDays ?? 2);

        public ExportOrdersReportQuery Export(CooperativeId? cooperativeId) =>
            new(From, To, cooperativeId, Grain ?? ReportGrain.Day, LateAfterDays ?? 2, string.Equals(Format, "xlsx", StringComparison.OrdinalIgnoreCase));

        public static FileContentHttpResult File(OrdersReportFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>One of the cooperative's people (its owner, staff, or the alliance's support acting for it); to anyone else it does not exist.</summary>
    public static async Task<bool> MayReadAsync(ISender sender, CooperativeId cooperativeId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await sender.Send(new GetVendorStaffRoleQuery(cooperativeId, user.UserId()), cancellationToken) is not null;

    private static Error NotFound() => CooperativeErrors.NotFound;
}
