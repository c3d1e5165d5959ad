using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Payments.Features.Reports;

/// <summary>The sales report for programs: the figures as JSON, or its tables as CSV or Excel; and the monthly report as PDF.</summary>
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
        admin.MapGet("/reports/monthly.pdf", async (int year, int month, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetMonthlyReportQuery(year, month), cancellationToken))
                    .ToHttpResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName)))
            .WithName("GetMonthlyReport")
            .WithSummary("The alliance's month as a printable PDF: cooperatives by province and standing, each one's sales and products on sale, "
                + "certificates in force at the month's end (those running out within 90 days marked).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem();
    }
}
