using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.Reports;

/// <summary>The sales report for programs: the figures as JSON, or its tables as CSV or Excel.</summary>
internal static class ReportEndpoints
{
    public static void MapReportsAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/reports/sales", async (
                DateOnly from, DateOnly to, ReportGrain? grain, CooperativeId? vendorId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetSalesReportQuery(from, to, grain ?? ReportGrain.Day, vendorId), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetSalesReport")
            .WithSummary("Sales, refunds, net, commission and parts sold between two days (Vietnam's, both included) by Day|Week|Month|Year "
                + "and by cooperative, with the same span just before.")
            .ProducesValidationProblem();
        admin.MapGet("/reports/sales/export", async (
                DateOnly from, DateOnly to, ReportGrain? grain, CooperativeId? vendorId, string? format, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new ExportSalesReportQuery(from, to, grain ?? ReportGrain.Day, vendorId, string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)),
                    cancellationToken))
                    .ToHttpResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName)))
            .WithName("ExportSalesReport")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
    }
}
