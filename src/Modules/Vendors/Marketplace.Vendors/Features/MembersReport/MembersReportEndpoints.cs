using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.MembersReport;

/// <summary>The report of who joined, for programs (an admin's token), as JSON, CSV or Excel.</summary>
internal static class MembersReportEndpoints
{
    public static void MapMembersReportApi(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin/reports/members").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/", async (DateOnly from, DateOnly to, ReportGrain? grain, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetMembersReportQuery(from, to, grain ?? ReportGrain.Day), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetMembersReport")
            .WithSummary("Accounts opened, cooperatives applied and approved, business buyers registered and verified between two days "
                + "(Vietnam's, both included) against the span before, by Day|Week|Month|Year (grain) and province; the cooperatives that "
                + "joined; verified certificates running out from the span's start to 60 days after its end.")
            .ProducesValidationProblem();
        admin.MapGet("/export", async (DateOnly from, DateOnly to, ReportGrain? grain, string? format, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new ExportMembersReportQuery(from, to, grain ?? ReportGrain.Day, string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)),
                    cancellationToken)).ToHttpResult(file => TypedResults.File(file.Content, file.ContentType, file.FileName)))
            .WithName("ExportMembersReport")
            .WithSummary("The report's tables as CSV, or ?format=xlsx as a workbook of a sheet each.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
    }
}
