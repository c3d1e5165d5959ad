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

namespace Marketplace.Catalog.Features.Wishlist;

/// <summary>A signed-in person saves a product they may buy later. Saving it twice is the same saved product.</summary>
internal sealed record SaveProductCommand(UserId UserId, ProductId ProductId, string Email, string Culture)
    : ICommand<Result<SavedProductView>>, IRunsIn<CatalogTransaction>;

/// <summary>The person no longer wants it saved (nothing happens when it was not).</summary>
internal sealed record ForgetProductCommand(UserId UserId, ProductId ProductId) : ICommand<Result<Done>>, IRunsIn<CatalogTransaction>;

/// <summary>A signed-in person follows a cooperative that sells (approved, not paused for debt). Following it twice is the same follow.</summary>
internal sealed record FollowCooperativeCommand(UserId UserId, CooperativeId CooperativeId, string Email, string Culture)
    : ICommand<Result<FollowedCooperativeView>>, IRunsIn<CatalogTransaction>;

internal sealed record UnfollowCooperativeCommand(UserId UserId, CooperativeId CooperativeId) : ICommand<Result<Done>>, IRunsIn<CatalogTransaction>;

/// <summary>What a person saved and whom they follow, most recent first.</summary>
internal sealed record GetWishlistQuery(UserId UserId) : IQuery<WishlistView>;

/// <summary>Whether a person saved this product and follows its cooperative: the product page's and storefront's buttons.</summary>
internal sealed record GetInterestQuery(UserId UserId, ProductId? ProductId, CooperativeId? CooperativeId) : IQuery<InterestView>;

internal sealed record InterestView(bool Saved, bool Following);

/// <summary>
/// A saved product: its card as it sells today (null when it is no longer sold: hidden, withdrawn
/// or its cooperative no longer selling), and whether its person waits to hear it is back in stock.
/// </summary>
internal sealed record SavedProductView(ProductId ProductId, string Name, DateTimeOffset SavedAt, bool WaitingForStock, ProductSummary? Card);

internal sealed record FollowedCooperativeView(
    CooperativeId CooperativeId, string Name, string Slug, string Province, DateTimeOffset FollowedAt, bool Selling);

internal sealed record WishlistView(IReadOnlyList<SavedProductView> Products, IReadOnlyList<FollowedCooperativeView> Cooperatives);

internal sealed class WishlistHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<SaveProductCommand, Result<SavedProductView>>,
      ICommandHandler<ForgetProductCommand, Result<Done>>,
      ICommandHandler<FollowCooperativeCommand, Result<FollowedCooperativeView>>,
      ICommandHandler<UnfollowCooperativeCommand, Result<Done>>,
      IQueryHandler<GetWishlistQuery, WishlistView>,
      IQueryHandler<GetInterestQuery, InterestView>
{
    public async ValueTask<Result<SavedProductView>> Handle(SaveProductCommand command, CancellationToken cancellationToken)
    {
        var product = await db.Public().AsNoTracking()
            .Where(p => p.Id == command.ProductId)
            .Select(p => new { p.Id, p.Name, SoldOut = !db.Variants.Any(v => v.ProductId == p.Id && v.Stock > 0) })
            .SingleOrDefaultAsync(cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        var user = command.UserId;
        var saved = await db.SavedProducts.SingleOrDefaultAsync(s => s.UserId == user && s.ProductId == product.Id, cancellationToken);
        if (saved is null)
        {
            if (await db.SavedProducts.CountAsync(s => s.UserId == user, cancellationToken) >= SavedProduct.Limit)
            {
                return Error.Conflict("wishlist.full", Bilingual.Pick(
                    $"Bạn đã lưu {SavedProduct.Limit} sản phẩm: hãy bỏ bớt một sản phẩm trước khi lưu thêm.",
                    $"You have saved {SavedProduct.Limit} products: remove one before saving another."));
            }

            saved = new SavedProduct(user, product.Id, command.Email.Trim(), command.Culture, product.SoldOut, clock.GetUtcNow());
            db.SavedProducts.Add(saved);
        }

        return new SavedProductView(product.Id, product.Name, saved.SavedAt, saved.WaitingSince is not null, null);
    }

    public async ValueTask<Result<Done>> Handle(ForgetProductCommand command, CancellationToken cancellationToken)
    {
        var user = command.UserId;
        await db.SavedProducts.Where(s => s.UserId == user && s.ProductId == command.ProductId).ExecuteDeleteAsync(cancellationToken);
        return Done.Value;
    }

    public async ValueTask<Result<FollowedCooperativeView>> Handle(FollowCooperativeCommand command, CancellationToken cancellationToken)
    {
        var seller = await db.Sellers.AsNoTracking().SingleOrDefaultAsync(s => s.CooperativeId == command.CooperativeId, cancellationToken);
        if (seller is null || !seller.Sells)
        {
            return CooperativeErrors.NotFound;
        }

        var user = command.UserId;
        var follow = await db.Follows.SingleOrDefaultAsync(f => f.UserId == user && f.CooperativeId == seller.CooperativeId, cancellationToken);
        if (follow is null)
        {
            if (await db.Follows.CountAsync(f => f.UserId == user, cancellationToken) >= FollowedCooperative.Limit)
            {
                return Error.Conflict("follows.full", Bilingual.Pick(
                    $"Bạn đã theo dõi {FollowedCooperative.Limit} hợp tác xã: hãy bỏ theo dõi một hợp tác xã trước.",
                    $"You follow {FollowedCooperative.Limit} cooperatives: unfollow one first."));
            }

            follow = new FollowedCooperative(user, seller.CooperativeId, command.Email.Trim(), command.Culture, clock.GetUtcNow());
            db.Follows.Add(follow);
        }

        return new FollowedCooperativeView(seller.CooperativeId, seller.Name, seller.Slug, seller.Province, follow.FollowedAt, Selling: true);
    }

    public async ValueTask<Result<Done>> Handle(UnfollowCooperativeCommand command, CancellationToken cancellationToken)
    {
        var user = command.UserId;
        await db.Follows.Where(f => f.UserId == user && f.CooperativeId == command.CooperativeId).ExecuteDeleteAsync(cancellationToken);
        return Done.Value;
    }

    public async ValueTask<WishlistView> Handle(GetWishlistQuery query, CancellationToken cancellationToken)
    {
        var user = query.UserId;
        var saved = await db.SavedProducts.AsNoTracking()
            .Where(s => s.UserId == user)
            .Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => new { s.ProductId, p.Name, p.NameEnglish, s.SavedAt, s.WaitingSince })
            .ToListAsync(cancellationToken);
        saved = [.. saved.OrderByDescending(s => s.SavedAt)];
        var cards = (await db.CardsAsync(sender, [.. saved.Select(s => s.ProductId)], clock.Today(), cancellationToken))
            .ToDictionary(c => c.ProductId);
        var products = saved
            .Select(s => new SavedProductView(
                s.ProductId,
                Cultures.IsEnglish && s.NameEnglish is not null ? s.NameEnglish : s.Name,
                s.SavedAt,
                s.WaitingSince is not null,
                cards.GetValueOrDefault(s.ProductId)))
            .ToList();

        var follows = await db.Follows.AsNoTracking()
            .Where(f => f.UserId == user)
            .Join(db.Sellers, f => f.CooperativeId, s => s.CooperativeId, (f, s) => new { f.FollowedAt, Seller = s })
            .ToListAsync(cancellationToken);
        var cooperatives = follows
            .OrderByDescending(f => f.FollowedAt)
            .Select(f => new FollowedCooperativeView(
                f.Seller.CooperativeId, f.Seller.Name, f.Seller.Slug, f.Seller.Province, f.FollowedAt, f.Seller.IsActive && !f.Seller.PausedForDebt))
            .ToList();
        return new WishlistView(products, cooperatives);
    }

    public async ValueTask<InterestView> Handle(GetInterestQuery query, CancellationToken cancellationToken)
    {
        var user = query.UserId;
        var saved = query.ProductId is { } product
            && await db.SavedProducts.AnyAsync(s => s.UserId == user && s.ProductId == product, cancellationToken);
        var following = query.CooperativeId is { } cooperative
            && await db.Follows.AnyAsync(f => f.UserId == user && f.CooperativeId == cooperative, cancellationToken);
        return new InterestView(saved, following);
    }
}
