using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.ModerateProduct;
using Marketplace.Catalog.Features.Stock;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>Stock through the mediator, as Ordering takes it, on SQLite and again on PostgreSQL; each test with its own product.</summary>
public sealed class StockReservationTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private async Task<bool> ReserveAsync(params StockLine[] lines)
    {
        await using var scope = factory.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ReserveStockCommand(lines));
        return result.IsSuccess;
    }

    [Fact]
    public async Task HundredConcurrentReservations_OfTheLastTenUnits_TakeExactlyTen()
    {
        var listing = await factory.Listing().WithStock(10).BuildAsync();
        var variant = listing.VariantId;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => ReserveAsync(new StockLine(variant, 1)))));

        Assert.Equal(10, outcomes.Count(taken => taken));
        Assert.Equal(0, await factory.StockAsync(listing));
    }

    [Fact]
    public async Task AnOrderWithOneLineShort_TakesNothing()
    {
        var tea = await factory.Listing().WithStock(40).BuildAsync();
        var rice = await factory.Listing().WithStock(3).BuildAsync();

        Assert.False(await ReserveAsync(new StockLine(tea.VariantId, 2), new StockLine(rice.VariantId, 5)));

        Assert.Equal(40, await factory.StockAsync(tea));
        Assert.Equal(3, await factory.StockAsync(rice));
    }

    [Fact]
    public async Task Releasing_GivesTheStockBack_AndLowStockIsToldOnce()
    {
        var listing = await factory.Listing().WithStock(12).BuildAsync();
        var variant = listing.VariantId;
        Assert.True(await ReserveAsync(new StockLine(variant, 3)));
        Assert.True(await ReserveAsync(new StockLine(variant, 1)));
        Assert.Equal(8, await factory.StockAsync(listing));

        await using (var scope = factory.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ReleaseStockCommand([new StockLine(variant, 4)]));
            var catalog = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var lowStock = await catalog.OutboxMessages.AsNoTracking()
                .Where(m => m.Type.Contains(nameof(StockLowIntegrationEvent)))
                .ToListAsync();
            Assert.Single(lowStock, m => m.Payload.Contains(variant.ToString(), StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(12, await factory.StockAsync(listing));
    }

    [Fact]
    public async Task AHiddenProduct_CannotBeReserved_AndCheckoutSeesItIsNotPurchasable()
    {
        var listing = await factory.Listing().WithStock(25).BuildAsync();
        var variant = listing.VariantId;
        await using var scope = factory.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var productId = (await sender.Send(new GetProductsForCheckoutQuery([variant])))[0].ProductId;
        Assert.True((await sender.Send(new ModerateProductCommand(productId, Hide: true, "Kiểm tra nhãn.", UserId.From(Guid.NewGuid()),
            "admin@test"))).IsSuccess);

        Assert.False(await ReserveAsync(new StockLine(variant, 1)));
        var seen = Assert.Single(await sender.Send(new GetProductsForCheckoutQuery([variant])));
        Assert.False(seen.Purchasable);
        Assert.Equal(25, seen.Stock);
    }
}
