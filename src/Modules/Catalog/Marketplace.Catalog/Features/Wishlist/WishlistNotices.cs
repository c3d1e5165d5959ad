using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Catalog.Features.Wishlist;

/// <summary>
/// One round of what saved products and follows are told: a saved product seen sold out is marked
/// as awaited, an awaited one back in stock is told to those waiting, and the followers of the
/// cooperatives in a running campaign hear of it once. What the watcher runs.
/// </summary>
internal sealed record SendWishlistNoticesCommand : ICommand<WishlistRound>, IRunsIn<CatalogTransaction>;

/// <summary>What a round did: people told a product is back, followers told of a campaign.</summary>
internal sealed record WishlistRound(int BackInStock, int CampaignFollowers);

/// <summary>These saved products are back in stock: their people are mailed (through the outbox, after they are marked told).</summary>
internal sealed record BackInStockDue(Guid EventId, DateTimeOffset OccurredAt, ProductId ProductId, IReadOnlyList<Guid> SavedIds) : IIntegrationEvent;

/// <summary>These follows' people are told of their cooperative's new pre-order window (a batch of them: see the handler).</summary>
internal sealed record PreorderFollowersDue(
    Guid EventId, DateTimeOffset OccurredAt, PreorderWindowOpenedIntegrationEvent Window, IReadOnlyList<Guid> FollowIds) : IIntegrationEvent;

/// <summary>These follows' people are told of a running campaign their cooperatives' products are in.</summary>
internal sealed record CampaignFollowersDue(Guid EventId, DateTimeOffset OccurredAt, Guid CampaignId, IReadOnlyList<Guid> FollowIds) : IIntegrationEvent;

internal sealed class WishlistRoundHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<SendWishlistNoticesCommand, WishlistRound>
{
    private const int BatchSize = 500;

    public async ValueTask<WishlistRound> Handle(SendWishlistNoticesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var onShelf = db.Public();

        // A product counts as back when it is on sale again with a unit to sell: a product that sold
        // out and came back between two rounds was not awaited, and nobody hears of it.
        var soldOut = onShelf.Where(p => !db.Variants.Any(v => v.ProductId == p.Id && v.Stock > 0)).Select(p => p.Id);
        await db.SavedProducts
            .Where(s => s.WaitingSince == null && soldOut.Contains(s.ProductId))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.WaitingSince, now), cancellationToken);
        var back = await db.SavedProducts
            .Where(s => s.WaitingSince != null
                && onShelf.Any(p => p.Id == s.ProductId)
                && db.Variants.Any(v => v.ProductId == s.ProductId && v.Stock > 0))
            .OrderBy(s => s.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var saved in back)
        {
            saved.BackInStock(now);
        }

        foreach (var product in back.GroupBy(s => s.ProductId))
        {
            db.AddIntegrationEvent(new BackInStockDue(Guid.NewGuid(), now, product.Key, [.. product.Select(s => s.Id)]));
        }

        return new WishlistRound(back.Count, await TellCampaignFollowersAsync(onShelf, now, cancellationToken));
    }

    /// <summary>
    /// Each running campaign's followers not yet told of it: those following a cooperative with a
    /// product on sale in it, once each (a product added later reaches its cooperative's followers
    /// at the next round). Someone following two of its cooperatives gets one mail naming both.
    /// </summary>
    private async Task<int> TellCampaignFollowersAsync(IQueryable<Product> onShelf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var running = await db.Campaigns.AsNoTracking()
            .Where(c => c.StartsOn <= today && c.EndsOn >= today)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var told = 0;
        foreach (var campaignId in running)
        {
            var subject = FollowerNotice.OfCampaign(campaignId);
            var cooperatives = onShelf
                .Where(p => db.Campaigns.Where(c => c.Id == campaignId).SelectMany(c => c.Products).Any(chosen => chosen.ProductId == p.Id))
                .Select(p => p.CooperativeId);
            var follows = await db.Follows.AsNoTracking()
                .Where(f => cooperatives.Contains(f.CooperativeId) && !db.FollowerNotices.Any(n => n.UserId == f.UserId && n.Subject == subject))
                .OrderBy(f => f.Id)
                .Take(BatchSize)
                .Select(f => new { f.Id, f.UserId })
                .ToListAsync(cancellationToken);
            if (follows.Count == 0)
            {
                continue;
            }

            foreach (var user in follows.Select(f => f.UserId).Distinct())
            {
                db.FollowerNotices.Add(new FollowerNotice(user, subject, now));
                told++;
            }

            db.AddIntegrationEvent(new CampaignFollowersDue(Guid.NewGuid(), now, campaignId, [.. follows.Select(f => f.Id)]));
        }

        return told;
    }
}

/// <summary>
/// The mails of saved products and follows, each in the language its person saved or followed in,
/// with the link to act and the page where they stop hearing of it. Each goes once per event and
/// person: a redelivered event is skipped, a resend after a crash carries the same Message-ID.
/// </summary>
internal sealed class WishlistMailsHandler(CatalogDbContext db, IMailSender mail, PublicSite site, TimeProvider clock)
    : INotificationHandler<BackInStockDue>,
      INotificationHandler<CampaignFollowersDue>,
      INotificationHandler<PreorderWindowOpenedIntegrationEvent>,
      INotificationHandler<PreorderFollowersDue>
{
    private const int BatchSize = 500;
    private const string BackHandler = "catalog.back-in-stock";
    private const string CampaignHandler = "catalog.campaign-followers";
    private const string PreorderHandler = "catalog.preorder-followers";
    private const string PreorderMailHandler = "catalog.preorder-follower-mails";

    public async ValueTask Handle(BackInStockDue notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, BackHandler, clock, async () =>
        {
            var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == notification.ProductId, cancellationToken);
            if (product is null)
            {
                return;
            }

            var link = site.Link(ProductSummary.PathOf(product.VendorSlug, product.Slug, product.Id));
            var saved = await db.SavedProducts.AsNoTracking().Where(s => notification.SavedIds.Contains(s.Id)).ToListAsync(cancellationToken);
            foreach (var s in saved)
            {
                var name = s.Culture == Cultures.English && product.NameEnglish is not null ? product.NameEnglish : product.Name;
                var subject = Bilingual.Pick(s.Culture, $"Đã có hàng trở lại: {name}", $"Back in stock: {name}");
                var body = Bilingual.Pick(
                    s.Culture,
                    $"{name} mà bạn đã lưu đã có hàng trở lại.\nMua ngay: {link}\n\n{Unsubscribe(s.Culture)}",
                    $"{name}, which you saved, is back in stock.\nBuy now: {link}\n\n{Unsubscribe(s.Culture)}");
                var id = OutgoingMail.IdFor(notification.EventId, BackHandler, s.Id.ToString());
                await mail.SendAsync(new OutgoingMail(s.Email, s.Email, subject, body, id), cancellationToken);
            }
        }, cancellationToken);

    public async ValueTask Handle(CampaignFollowersDue notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, CampaignHandler, clock, async () =>
        {
            var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == notification.CampaignId, cancellationToken);
            if (campaign is null)
            {
                return;
            }

            var follows = await db.Follows.AsNoTracking().Where(f => notification.FollowIds.Contains(f.Id)).ToListAsync(cancellationToken);
            var cooperativeIds = follows.Select(f => f.CooperativeId).Distinct().ToList();
            var names = await db.Sellers.AsNoTracking()
                .Where(s => cooperativeIds.Contains(s.CooperativeId))
                .ToDictionaryAsync(s => s.CooperativeId, s => s.Name, cancellationToken);
            var link = site.Link($"/campaigns/{campaign.Slug}");
            foreach (var person in follows.GroupBy(f => f.UserId))
            {
                var first = person.First();
                var cooperatives = string.Join(", ", person.Select(f => names.GetValueOrDefault(f.CooperativeId)).OfType<string>().Order());
                var english = first.Culture == Cultures.English;
                var title = english && campaign.TitleEnglish is not null ? campaign.TitleEnglish : campaign.Title;
                var subject = Bilingual.Pick(first.Culture, $"Đang diễn ra: {title}", $"Now on: {title}");
                var body = Bilingual.Pick(
                    first.Culture,
                    $"{title} đang diễn ra đến hết ngày {campaign.EndsOn:dd/MM/yyyy}, với sản phẩm giảm giá của {cooperatives} "
                        + $"mà bạn theo dõi.\nXem các sản phẩm: {link}\n\n{Unsubscribe(first.Culture)}",
                    $"{title} is on until {campaign.EndsOn:yyyy-MM-dd}, with products on sale from {cooperatives}, which you follow."
                        + $"\nSee the products: {link}\n\n{Unsubscribe(first.Culture)}");
                var id = OutgoingMail.IdFor(notification.EventId, CampaignHandler, person.Key.ToString());
                await mail.SendAsync(new OutgoingMail(first.Email, first.Email, subject, body, id), cancellationToken);
            }
        }, cancellationToken);

    /// <summary>
    /// A new window's followers, in batches of their own events: each batch is one delivery, so a
    /// cooperative with thousands of followers never holds one delivery past its claim.
    /// </summary>
    public async ValueTask Handle(PreorderWindowOpenedIntegrationEvent notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, PreorderHandler, clock, async () =>
        {
            var follows = await db.Follows.AsNoTracking()
                .Where(f => f.CooperativeId == notification.CooperativeId)
                .OrderBy(f => f.Id)
                .Select(f => f.Id)
                .ToListAsync(cancellationToken);
            foreach (var batch in follows.Chunk(BatchSize))
            {
                db.AddIntegrationEvent(new PreorderFollowersDue(Guid.NewGuid(), clock.GetUtcNow(), notification, batch));
            }
        }, cancellationToken);

    public async ValueTask Handle(PreorderFollowersDue notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, PreorderMailHandler, clock, async () =>
        {
            var window = notification.Window;
            var follows = await db.Follows.AsNoTracking().Where(f => notification.FollowIds.Contains(f.Id)).ToListAsync(cancellationToken);
            var link = site.Link($"/preorders/{window.WindowId}");
            var (vendor, product, lot, unit) = (window.VendorName, window.ProductName, window.LotCode, window.Unit);
            foreach (var f in follows)
            {
                var price = Money.Dong(window.PriceVnd).Format(CultureInfo.GetCultureInfo(f.Culture));
                var subject = Bilingual.Pick(f.Culture, $"{vendor} mở đặt trước {product}", $"{vendor} opens pre-orders of {product}");
                var body = Bilingual.Pick(
                    f.Culture,
                    $"{vendor}, hợp tác xã bạn theo dõi, mở đặt trước {product} (lô {lot}), {price} mỗi {unit}, "
                        + $"nhận đặt từ {window.OpensOn:dd/MM/yyyy} đến hết {window.ClosesOn:dd/MM/yyyy}, "
                        + $"thu hoạch dự kiến {window.HarvestOn:dd/MM/yyyy}.\nXem và đặt: {link}\n\n{Unsubscribe(f.Culture)}",
                    $"{vendor}, a cooperative you follow, opens pre-orders of {product} (lot {lot}), {price} per {unit}, "
                        + $"from {window.OpensOn:yyyy-MM-dd} until {window.ClosesOn:yyyy-MM-dd}, "
                        + $"harvest expected {window.HarvestOn:yyyy-MM-dd}.\nSee and reserve: {link}\n\n{Unsubscribe(f.Culture)}");
                // Named by the window's event, not the batch's: the same however its followers are split.
                var id = OutgoingMail.IdFor(window.EventId, PreorderMailHandler, f.Id.ToString());
                await mail.SendAsync(new OutgoingMail(f.Email, f.Email, subject, body, id), cancellationToken);
            }
        }, cancellationToken);

    private string Unsubscribe(string culture) => Bilingual.Pick(
        culture,
        $"Bạn nhận thư này vì đã lưu sản phẩm hoặc theo dõi hợp tác xã. Bỏ lưu hoặc bỏ theo dõi tại {site.Link(WishlistPaths.Page)}",
        $"You get this mail because you saved a product or follow a cooperative. Remove or unfollow at {site.Link(WishlistPaths.Page)}");
}

internal sealed class WishlistOptions
{
    public const string Section = "Wishlist";

    /// <summary>How often saved products and campaigns are looked at: being told within a few minutes is soon enough (zero: never).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Runs <see cref="SendWishlistNoticesCommand"/> every <see cref="WishlistOptions.Interval"/>, on the one instance holding the lease.</summary>
internal sealed class WishlistWatcher(
    IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider clock, IOptions<WishlistOptions> options, ILogger<WishlistWatcher> logger)
    : LeasedRound<CatalogDbContext>(scopes, instance, clock, logger)
{
    protected override string JobName => "wishlist-notices";

    protected override TimeSpan Interval => options.Value.Interval;

    protected override Task RunAsync(ISender sender, CancellationToken cancellationToken) =>
        sender.Send(new SendWishlistNoticesCommand(), cancellationToken).AsTask();

    /// <summary>An interval of zero turns the rounds off: a test runs each round itself, and sees only its own.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Interval <= TimeSpan.Zero ? Task.CompletedTask : base.ExecuteAsync(stoppingToken);
}

internal static class WishlistPaths
{
    /// <summary>The page of a person's saved products and followed cooperatives.</summary>
    public const string Page = "/saved";
}
