using System.Security.Claims;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Marketplace.Catalog.Features.Campaigns;

internal static class CampaignEndpoints
{
    public static void MapCampaigns(this IEndpointRouteBuilder api)
    {
        api.MapGet("/campaigns", async Task<Ok<IReadOnlyList<CampaignView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListCurrentCampaignsQuery(), cancellationToken)))
            .WithName("ListCurrentCampaigns")
            .WithSummary($"The alliance's campaigns running today and those starting within {CampaignsHandler.SoonDays} days, soonest to end first.")
            .WithTags("Campaigns");
        api.MapGet("/campaigns/{slug}", async (string slug, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetCampaignPageQuery(slug), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("GetCampaign")
            .WithSummary("A campaign's page: its terms, state (Upcoming, Running, Ended) and the cards of its products on sale, priced as today.")
            .WithTags("Campaigns")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = api.MapGroup("/admin/campaigns").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.AdminApi);
        admin.MapGet("/", async Task<Ok<IReadOnlyList<CampaignView>>> (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListCampaignsQuery(), cancellationToken)))
            .WithName("ListCampaigns")
            .WithSummary("Every campaign: running first, then those to come, then those ended.");
        admin.MapPost("/", async (CampaignRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(request.ToCommand(null, user.Email()), cancellationToken))
                    .ToHttpResult(campaign => TypedResults.Created($"/api/v1/campaigns/{campaign.Slug}", campaign)))
            .WithName("CreateCampaign")
            .WithSummary("Creates a campaign: title and description (English optional), first and last day (yyyy-MM-dd, Vietnam's whole days, "
                + "at most 92 days). Its page's address is made from the title and kept.")
            .ProducesValidationProblem();
        admin.MapPut("/{campaignId:guid}", async (
                Guid campaignId, CampaignRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(request.ToCommand(campaignId, user.Email()), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("ChangeCampaign")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPut("/{campaignId:guid}/products", async (
                Guid campaignId, ProductsRequest request, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ChooseCampaignProductsCommand(campaignId, request.ProductIds ?? [], user.Email()), cancellationToken))
                    .ToHttpResult(TypedResults.Ok))
            .WithName("ChooseCampaignProducts")
            .WithSummary("Sets the campaign's products: the whole list, in the page's order (products on sale; at most 60).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record CampaignRequest(
        string? Title, string? Description, DateOnly? StartsOn, DateOnly? EndsOn, string? TitleEnglish = null, string? DescriptionEnglish = null)
    {
        public SaveCampaignCommand ToCommand(Guid? campaignId, string actor) =>
            new(campaignId, Title ?? string.Empty, TitleEnglish, Description ?? string.Empty, DescriptionEnglish, StartsOn, EndsOn, actor);
    }

    internal sealed record ProductsRequest(IReadOnlyList<ProductId>? ProductIds);
}
