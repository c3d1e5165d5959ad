using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Campaigns;

internal enum CampaignState
{
    Upcoming,
    Running,
    Ended,
}

/// <summary>A campaign as the admins keep it: its terms, its page's address, and the products chosen, in their order.</summary>
internal sealed record CampaignView(
    Guid CampaignId,
    string Slug,
    string Title,
    string? TitleEnglish,
    string Description,
    string? DescriptionEnglish,
    DateOnly StartsOn,
    DateOnly EndsOn,
    CampaignState State,
    IReadOnlyList<ProductId> ProductIds);

/// <summary>A campaign's public page: its terms and the cards of the chosen products that are public now, in the admins' order.</summary>
internal sealed record CampaignPage(
    string Slug,
    string Title,
    string? TitleEnglish,
    string Description,
    string? DescriptionEnglish,
    DateOnly StartsOn,
    DateOnly EndsOn,
    CampaignState State,
    IReadOnlyList<ProductSummary> Products);

internal sealed record ListCampaignsQuery : IQuery<IReadOnlyList<CampaignView>>;

internal sealed record GetCampaignQuery(Guid CampaignId) : IQuery<Result<CampaignView>>;

/// <summary>A campaign's page by its address, whatever its state (a shared link to one that ended still opens, and says so).</summary>
internal sealed record GetCampaignPageQuery(string Slug) : IQuery<Result<CampaignPage>>;

/// <summary>The campaigns running today and those starting within <see cref="CampaignsHandler.SoonDays"/> days, soonest to end first.</summary>
internal sealed record ListCurrentCampaignsQuery : IQuery<IReadOnlyList<CampaignView>>;

/// <summary>An admin creates a campaign (no id) or changes one's terms; its address is made from the title once, and kept.</summary>
internal sealed record SaveCampaignCommand(
    Guid? CampaignId,
    string Title,
    string? TitleEnglish,
    string Description,
    string? DescriptionEnglish,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string ActorEmail) : ICommand<Result<CampaignView>>, IRunsIn<CatalogTransaction>;

/// <summary>An admin sets the campaign's products, the whole list in the page's order (published products only).</summary>
internal sealed record ChooseCampaignProductsCommand(Guid CampaignId, IReadOnlyList<ProductId> ProductIds, string ActorEmail)
    : ICommand<Result<CampaignView>>, IRunsIn<CatalogTransaction>;

internal sealed class CampaignsHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListCampaignsQuery, IReadOnlyList<CampaignView>>,
      IQueryHandler<GetCampaignQuery, Result<CampaignView>>,
      IQueryHandler<GetCampaignPageQuery, Result<CampaignPage>>,
      IQueryHandler<ListCurrentCampaignsQuery, IReadOnlyList<CampaignView>>,
      ICommandHandler<SaveCampaignCommand, Result<CampaignView>>,
      ICommandHandler<ChooseCampaignProductsCommand, Result<CampaignView>>
{
    /// <summary>How far ahead a campaign is announced on the home page and to the API's readers.</summary>
    public const int SoonDays = 14;

    public async ValueTask<IReadOnlyList<CampaignView>> Handle(ListCampaignsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return (await db.Campaigns.AsNoTracking().Include(c => c.Products).ToListAsync(cancellationToken))
            .OrderBy(c => State(c, today)).ThenByDescending(c => c.StartsOn).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .Select(c => View(c, today))
            .ToList();
    }

    public async ValueTask<Result<CampaignView>> Handle(GetCampaignQuery query, CancellationToken cancellationToken) =>
        await db.Campaigns.AsNoTracking().Include(c => c.Products).SingleOrDefaultAsync(c => c.Id == query.CampaignId, cancellationToken) is { } campaign
            ? View(campaign, clock.Today())
            : NotFound();

    public async ValueTask<Result<CampaignPage>> Handle(GetCampaignPageQuery query, CancellationToken cancellationToken)
    {
        var slug = query.Slug.Trim().ToLowerInvariant();
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Products).SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }

        var today = clock.Today();
        var cards = await db.CardsAsync(sender, campaign.Products.OrderBy(p => p.Position).Select(p => p.ProductId).ToList(), today, cancellationToken);
        return new CampaignPage(
            campaign.Slug, campaign.Title, campaign.TitleEnglish, campaign.Description, campaign.DescriptionEnglish, campaign.StartsOn, campaign.EndsOn,
            State(campaign, today), cards);
    }

    public async ValueTask<IReadOnlyList<CampaignView>> Handle(ListCurrentCampaignsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var soon = today.AddDays(SoonDays);
        return (await db.Campaigns.AsNoTracking().Include(c => c.Products)
                .Where(c => c.EndsOn >= today && c.StartsOn <= soon)
                .ToListAsync(cancellationToken))
            .OrderBy(c => c.StartsOn > today).ThenBy(c => c.EndsOn).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .Select(c => View(c, today))
            .ToList();
    }

    public async ValueTask<Result<CampaignView>> Handle(SaveCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = command.CampaignId is { } id
            ? await db.Campaigns.Include(c => c.Products).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            : null;
        if (command.CampaignId is not null && campaign is null)
        {
            return NotFound();
        }

        var terms = new CampaignTerms(
            command.Title.Trim(), Blank(command.TitleEnglish), command.Description.Trim(), Blank(command.DescriptionEnglish),
            command.StartsOn!.Value, command.EndsOn!.Value);
        var now = clock.GetUtcNow();
        var before = campaign is null ? null : $"{campaign.Title} {campaign.StartsOn:yyyy-MM-dd}…{campaign.EndsOn:yyyy-MM-dd}";
        if (campaign is null)
        {
            var slug = await FreeSlugAsync(terms.Title, cancellationToken);
            if (slug.Length == 0)
            {
                return Error.Validation(new Dictionary<string, string[]>
                {
                    [nameof(command.Title)] = [Bilingual.Pick("Tên chiến dịch cần có chữ hoặc số.", "The title needs letters or digits.")],
                });
            }

            campaign = new Campaign(Guid.NewGuid(), slug, terms, now);
            db.Campaigns.Add(campaign);
        }
        else
        {
            campaign.Change(terms, now);
        }

        var after = $"{campaign.Title} {campaign.StartsOn:yyyy-MM-dd}…{campaign.EndsOn:yyyy-MM-dd}";
        await sender.RecordAsync(
            command.ActorEmail, CatalogAudit.CampaignSaved, "Campaign", campaign.Id, campaign.Title, before is null ? after : $"{before} → {after}",
            cancellationToken);
        return View(campaign, clock.Today());
    }

    public async ValueTask<Result<CampaignView>> Handle(ChooseCampaignProductsCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.Include(c => c.Products).SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }

        // A product chosen must be one the public sees: a draft or a hidden one would leave a hole in the page.
        var ids = command.ProductIds.Distinct().ToList();
        var published = await db.Public().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var kept = campaign.Products.Select(p => p.ProductId).ToHashSet();
        var missing = ids.Where(id => !published.Contains(id) && !kept.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            return Error.Validation(new Dictionary<string, string[]>
            {
                [nameof(command.ProductIds)] =
                [
                    Bilingual.Pick(
                        $"Không có sản phẩm đang bán với mã {string.Join(", ", missing)}.",
                        $"No product on sale has the id {string.Join(", ", missing)}."),
                ],
            });
        }

        campaign.Choose(ids, clock.GetUtcNow());
        await sender.RecordAsync(
            command.ActorEmail, CatalogAudit.CampaignProductsChosen, "Campaign", campaign.Id, campaign.Title,
            Bilingual.Pick($"{ids.Count} sản phẩm", $"{ids.Count} products"), cancellationToken);
        return View(campaign, clock.Today());
    }

    /// <summary>The title's slug, or the first of it with "-2", "-3" … that no campaign has.</summary>
    private async Task<string> FreeSlugAsync(string title, CancellationToken cancellationToken)
    {
        var slug = VietnameseText.Slugify(title);
        if (slug.Length > Campaign.TitleLength - 4)
        {
            slug = slug[..(Campaign.TitleLength - 4)].TrimEnd('-');
        }

        if (slug.Length == 0)
        {
            return slug;
        }

        var taken = await db.Campaigns.AsNoTracking().Where(c => c.Slug == slug || c.Slug.StartsWith(slug + "-")).Select(c => c.Slug)
            .ToListAsync(cancellationToken);
        return Skus.FirstFree(slug, taken.ToHashSet(StringComparer.Ordinal).Contains, []).ToLowerInvariant();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static CampaignState State(Campaign c, DateOnly today) =>
        c.RunsOn(today) ? CampaignState.Running : today < c.StartsOn ? CampaignState.Upcoming : CampaignState.Ended;

    private static CampaignView View(Campaign c, DateOnly today) => new(
        c.Id, c.Slug, c.Title, c.TitleEnglish, c.Description, c.DescriptionEnglish, c.StartsOn, c.EndsOn, State(c, today),
        c.Products.OrderBy(p => p.Position).Select(p => p.ProductId).ToList());

    private static Error NotFound() => Error.NotFound("campaign.not_found", Bilingual.Pick("Không tìm thấy chiến dịch.", "No such campaign."));
}
