using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Reviews;

/// <summary>A cooperative's ratings in a span, summed by the database over its reviews (by the index on the cooperative and the day written).</summary>
internal sealed class CooperativeRatingsHandler(CatalogDbContext db) : IQueryHandler<GetCooperativeRatingsQuery, CooperativeRatings>
{
    public const int ProductsShown = 10;

    public const int LowShown = 5;

    public async ValueTask<CooperativeRatings> Handle(GetCooperativeRatingsQuery query, CancellationToken cancellationToken)
    {
        var reviews = db.Reviews.AsNoTracking()
            .Where(r => r.CooperativeId == query.CooperativeId && !r.Hidden && r.WrittenAt >= query.From && r.WrittenAt < query.Until);
        var stars = await reviews.GroupBy(r => r.Stars).Select(g => new { Stars = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var count = stars.Sum(s => s.Count);
        var answered = count == 0 ? 0 : await reviews.CountAsync(r => r.Reply != null, cancellationToken);
        var products = await reviews
            .GroupBy(r => r.ProductId)
            .Select(g => new { ProductId = g.Key, Reviews = g.Count(), Stars = g.Sum(r => r.Stars) })
            .OrderByDescending(p => p.Reviews)
            .Take(ProductsShown)
            .Join(db.Products, p => p.ProductId, p => p.Id, (p, product) => new { p.ProductId, product.Name, product.NameEnglish, p.Reviews, p.Stars })
            .ToListAsync(cancellationToken);
        var low = await reviews
            .Where(r => r.Stars <= 3)
            .OrderByDescending(r => r.WrittenAt)
            .Take(LowShown)
            .Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => new { r.Id, r.ProductId, p.Name, p.NameEnglish, r.Stars, r.Text, r.WrittenAt, r.Reply })
            .ToListAsync(cancellationToken);
        return new CooperativeRatings(
            count,
            count == 0 ? null : Math.Round((decimal)stars.Sum(s => s.Stars * s.Count) / count, 2, MidpointRounding.AwayFromZero),
            [.. Enumerable.Range(1, 5).Select(n => stars.Where(s => s.Stars == n).Sum(s => s.Count))],
            answered,
            [.. products
                .OrderByDescending(p => p.Reviews)
                .ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new RatedProduct(
                    p.ProductId, Bilingual.Pick(p.Name, p.NameEnglish ?? p.Name), p.Reviews,
                    Math.Round((decimal)p.Stars / p.Reviews, 2, MidpointRounding.AwayFromZero)))],
            [.. low
                .OrderByDescending(r => r.WrittenAt)
                .Select(r => new LowRating(
                    r.Id, r.ProductId, Bilingual.Pick(r.Name, r.NameEnglish ?? r.Name), r.Stars, r.Text, r.WrittenAt, r.Reply is not null))]);
    }
}
