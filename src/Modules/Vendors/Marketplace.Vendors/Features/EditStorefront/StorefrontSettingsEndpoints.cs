using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.GetStorefrontSettings;
using Marketplace.Vendors.Features.SetShippingTerms;
using Marketplace.Vendors.Features.SetStorefrontImage;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Vendors.Features.EditStorefront;

/// <summary>A cooperative's own people edit its storefront (bearer token of an owner or staff member).</summary>
internal static class StorefrontSettingsEndpoints
{
    public static void MapStorefrontSettingsApi(this IEndpointRouteBuilder api)
    {
        var storefront = api.MapGroup("/cooperatives/{cooperativeId:guid}/storefront")
            .WithTags("Storefront settings")
            .RequireAuthorization(AuthorizationPolicies.Api);

        storefront.MapGet("/", async (CooperativeId cooperativeId, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetStorefrontSettingsQuery(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetStorefrontSettings")
            .WithSummary("The storefront's editable settings; 404 for anyone who is not one of the cooperative's people.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        storefront.MapPut("/", async (
                CooperativeId cooperativeId, StorefrontRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(request.ToCommand(cooperativeId, user.UserId()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("EditStorefront")
            .WithSummary("Edits name, slug (empty: made from the name), tagline, story, contact and province of an approved cooperative's storefront.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        storefront.MapPut("/shipping", async (
                CooperativeId cooperativeId, ShippingRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new SetShippingTermsCommand(cooperativeId, user.UserId(), request.FeeVnd, request.FreeFromVnd, request.OwnDelivery, request.Carriers),
                    cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("SetShippingTerms")
            .WithSummary(
                "Sets how the cooperative delivers: its own flat fee in đồng, where it delivers itself (Everywhere, InProvince, Off), the carriers it "
                + "uses (Ghn, Ghtk, ViettelPost; each parcel goes the cheapest way), and the order value from which delivery is free (null: never). "
                + "Where it delivers and the carriers stay as they are when left out.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        storefront.MapPut("/{kind}", async (
                CooperativeId cooperativeId, StorefrontImageKind kind, HttpRequest request, ClaimsPrincipal user, ISender sender,
                CancellationToken cancellationToken) =>
            {
                var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
                if (form?.Files.Count != 1)
                {
                    return UploadProblems.OneFileExpected();
                }

                var image = (await UploadedFiles.ReadAsync(form.Files, cancellationToken))[0];
                return (await sender.Send(new SetStorefrontImageCommand(cooperativeId, user.UserId(), kind, image), cancellationToken))
                    .ToHttpResult(TypedResults.Ok);
            })
            .DisableAntiforgery() // bearer tokens only: no cookie, so no cross-site forgery to guard against
            .WithName("SetStorefrontImage")
            .WithSummary("Uploads the Logo or Banner (multipart, one JPEG or PNG file of at most 5 MB); it is resized before it is kept.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record ShippingRequest(
        long FeeVnd, long? FreeFromVnd = null, OwnDelivery? OwnDelivery = null, IReadOnlyList<DeliveryCarrier>? Carriers = null);

    internal sealed record StorefrontRequest(
        string? Name = null,
        string? Slug = null,
        string? Tagline = null,
        string? Story = null,
        string? StoryEnglish = null,
        string? ContactPerson = null,
        string? Phone = null,
        string? Email = null,
        string? Province = null,
        string? Commune = null,
        string? Address = null)
    {
        public EditStorefrontCommand ToCommand(CooperativeId cooperativeId, UserId actor) => new(
            cooperativeId, actor, Name ?? string.Empty, Slug, Tagline ?? string.Empty, Story ?? string.Empty, StoryEnglish,
            ContactPerson ?? string.Empty, Phone ?? string.Empty, Email ?? string.Empty, Province ?? string.Empty, Commune ?? string.Empty,
            Address ?? string.Empty);
    }
}
