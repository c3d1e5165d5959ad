using System.Globalization;
using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.GetCertificateDocument;
using Marketplace.Vendors.Features.ListCertificates;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.SubmitCertificate;

/// <summary>A cooperative's people upload certificates and follow their review.</summary>
internal static class CertificatesEndpoints
{
    public static void MapCertificatesApi(this IEndpointRouteBuilder api)
    {
        var certificates = api.MapGroup("/cooperatives").WithTags("Certificates").RequireAuthorization(AuthorizationPolicies.Api);

        certificates.MapGet("/{cooperativeId:guid}/certificates", async (
                CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListCertificatesQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ListCertificates")
            .WithSummary("The cooperative's certificates with their review state and whether each has expired.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        certificates.MapPost("/{cooperativeId:guid}/certificates", async (
                CooperativeId cooperativeId, HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
                if (form?.Files.Count != 1)
                {
                    return UploadProblems.OneFileExpected();
                }

                var document = (await UploadedFiles.ReadAsync(form.Files, cancellationToken))[0];
                var command = new SubmitCertificateCommand(
                    cooperativeId,
                    user.UserId(),
                    Enum.TryParse<CertificationKind>(form["kind"], ignoreCase: true, out var kind) ? kind : (CertificationKind)(-1),
                    int.TryParse(form["ocopStars"], NumberStyles.None, CultureInfo.InvariantCulture, out var stars) ? stars : null,
                    form["number"].ToString(),
                    form["issuer"].ToString(),
                    ParseDate(form["issuedOn"]),
                    ParseDate(form["expiresOn"]),
                    document,
                    Guid.TryParse(form["productId"], out var productId) ? ProductId.From(productId) : null);
                return (await sender.Send(command, cancellationToken))
                    .ToHttpResult(certificate => TypedResults.Created($"/api/v1/cooperatives/{cooperativeId}/certificates", certificate));
            })
            .DisableAntiforgery() // bearer tokens only: no cookie, so no cross-site forgery to guard against
            .WithName("SubmitCertificate")
            .WithSummary("Uploads a certificate (multipart: kind = VietGap|GlobalGap|Organic|Ocop, ocopStars 1-5 for OCOP, number, issuer, "
                + "issuedOn and expiresOn as yyyy-MM-dd, productId: the cooperative's product it certifies, needed for OCOP, none for the "
                + "whole cooperative; one PDF/JPEG/PNG file).")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        certificates.MapGet("/certificates/{certificateId:guid}/document", async (
                Guid certificateId, ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetCertificateDocumentQuery(certificateId, user.UserId(), user.IsAdmin()), cancellationToken))
                    .ToHttpResult(document => document.AsPrivateFile(http)))
            .WithName("GetCertificateDocument")
            .WithSummary("The scan of a certificate, for its cooperative's people and admins.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>An unreadable date becomes the default, which the validator names.</summary>
    private static DateOnly ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : default;
}
