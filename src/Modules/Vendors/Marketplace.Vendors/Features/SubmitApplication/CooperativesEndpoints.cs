using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.GetApplication;
using Marketplace.Vendors.Features.GetApplicationDocument;
using Marketplace.Vendors.Features.GetMyCooperatives;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.SubmitApplication;

/// <summary>Applying, and following one's own applications, for programs (bearer token).</summary>
internal static class CooperativesEndpoints
{
    public static void MapCooperativesApi(this IEndpointRouteBuilder api)
    {
        var cooperatives = api.MapGroup("/cooperatives").WithTags("Cooperatives").RequireAuthorization(AuthorizationPolicies.Api);

        cooperatives.MapPost("/applications", async (HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                if (!request.HasFormContentType)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType);
                }

                var form = await request.ReadFormAsync(cancellationToken);
                var documents = await UploadedFiles.ReadAsync(form.Files, cancellationToken);
                var command = new SubmitApplicationCommand(
                    user.UserId(),
                    user.Email(),
                    form["legalName"].ToString(),
                    form["registrationNumber"].ToString(),
                    form["taxCode"].ToString(),
                    form["province"].ToString(),
                    form["commune"].ToString(),
                    form["address"].ToString(),
                    form["contactPerson"].ToString(),
                    form["phone"].ToString(),
                    form["email"].ToString(),
                    form["story"].ToString(),
                    Cultures.Current,
                    documents);
                return (await sender.Send(command, cancellationToken))
                    .ToHttpResult(submitted => TypedResults.Created($"/api/v1/cooperatives/{submitted.CooperativeId}/application", submitted));
            })
            .DisableAntiforgery() // bearer tokens only: no cookie, so no cross-site forgery to guard against
            .WithName("SubmitApplication")
            .WithSummary("Applies for a cooperative (multipart form: legalName, registrationNumber, taxCode, province, commune, address, contactPerson, "
                + "phone, email, story, and PDF/JPEG/PNG files of at most 5 MB).")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        cooperatives.MapGet("/mine", async Task<Ok<IReadOnlyList<MyCooperative>>> (ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetMyCooperativesQuery(user.UserId()), cancellationToken)))
            .WithName("GetMyCooperatives")
            .WithSummary("The cooperatives the caller applied for or works for, with the state of each.");

        cooperatives.MapGet("/{cooperativeId:guid}/application", async (
                CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetApplicationQuery(cooperativeId, user.UserId(), user.IsAdmin()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetApplication")
            .WithSummary("An application with its documents and decisions: the cooperative's own people and admins only.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cooperatives.MapGet("/documents/{documentId:guid}", async (
                Guid documentId, ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetApplicationDocumentQuery(documentId, user.UserId(), user.IsAdmin()), cancellationToken))
                    .ToHttpResult(document => document.AsPrivateFile(http)))
            .WithName("GetApplicationDocument")
            .WithSummary("A document of an application.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
