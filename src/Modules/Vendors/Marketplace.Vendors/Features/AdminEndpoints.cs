using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.DecideCertificate;
using Marketplace.Vendors.Features.DecideCooperative;
using Marketplace.Vendors.Features.ListAuditEntries;
using Marketplace.Vendors.Features.ListBusinessAccounts;
using Marketplace.Vendors.Features.SubmitCertificate;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features;

/// <summary>The admins' review queue, decisions and audit log, for programs (bearer token of an admin).</summary>
internal static class AdminEndpoints
{
    public static void MapVendorsAdminApi(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);

        admin.MapGet("/applications", async Task<Ok<IReadOnlyList<ApplicationSummary>>> (string? status, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListApplicationsQuery(status), cancellationToken)))
            .WithName("ListApplications")
            .WithSummary("The review queue, newest first; ?status=Pending|ChangesRequested|Approved|Rejected|Suspended filters it.");

        admin.MapPost("/cooperatives/{cooperativeId:guid}/decisions", async (
                CooperativeId cooperativeId, DecisionRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new DecideCooperativeCommand(cooperativeId, request.Decision, request.Reason, user.UserId(), user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("DecideCooperative")
            .WithSummary("Approve, Reject, RequestChanges, Suspend or Reinstate a cooperative; all but Approve and Reinstate need a reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/audit", async Task<Ok<IReadOnlyList<AuditEntryView>>> (
                string? action, string? subjectType, Guid? subjectId, DateTimeOffset? from, DateTimeOffset? to,
                ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(action, subjectType, subjectId, from, to), cancellationToken)))
            .WithName("ListAuditEntries")
            .WithSummary("The audit log of admin decisions, newest first (at most 500), filtered by action, subject and period.");
        admin.MapGet("/audit/export", async (
                string? action, string? subjectType, Guid? subjectId, DateTimeOffset? from, DateTimeOffset? to, string? format,
                ISender sender, CancellationToken cancellationToken) =>
                {
                    var excel = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
                    var file = await sender.Send(new ExportAuditEntriesQuery(action, subjectType, subjectId, from, to, excel), cancellationToken);
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                })
            .WithName("ExportAuditEntries")
            .WithSummary("The same filter as /audit, every matching entry (up to 100,000), as CSV or ?format=xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        admin.MapGet("/certificates", async Task<Ok<IReadOnlyList<CertificateView>>> (string? status, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListCertificateQueueQuery(status), cancellationToken)))
            .WithName("ListCertificateQueue")
            .WithSummary("Every cooperative's certificates, newest first; ?status=Pending|Verified|Rejected filters them.");

        admin.MapPost("/certificates/{certificateId:guid}/decisions", async (
                Guid certificateId, CertificateDecisionRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new DecideCertificateCommand(certificateId, request.Decision, request.Reason, user.UserId(), user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("DecideCertificate")
            .WithSummary("Verify a pending certificate (its badge shows until it expires) or Reject it with a reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/business-accounts", async Task<Ok<IReadOnlyList<BusinessAccountView>>> (
                string? status, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListBusinessAccountsQuery(status), cancellationToken)))
            .WithName("ListBusinessAccounts")
            .WithSummary("Business accounts, newest first; ?status=Pending|Verified|Rejected filters them.");

        admin.MapPost("/business-accounts/{accountId:guid}/decisions", async (
                Guid accountId, BusinessAccountDecisionRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new DecideBusinessAccountCommand(accountId, request.Decision, request.Reason, user.UserId(), user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("DecideBusinessAccount")
            .WithSummary("Verify a business account (its person becomes a BulkBuyer) or Reject it with a reason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record DecisionRequest(CooperativeDecision Decision, string? Reason = null);

    internal sealed record CertificateDecisionRequest(CertificateDecision Decision, string? Reason = null);

    internal sealed record BusinessAccountDecisionRequest(BusinessAccountDecision Decision, string? Reason = null);
}
