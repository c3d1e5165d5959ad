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

/// <summary>Stock through the mediator, as Ordering will take it, on SQLite and again on PostgreSQL.</summary>
public sealed class StockReservationTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private async Task<(VariantId VariantId, int Stock)> DemoVariantAsync(string sku)
    {
        await using var scope = factory.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var variant = await catalog.Variants.AsNoTracking().SingleAsync(v => v.Sku == sku);
        return (variant.Id, variant.Stock);
    }

    private async Task SetStockAsync(VariantId variantId, int stock)
    {
        await using var scope = factory.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await catalog.Variants.Where(v => v.Id == variantId).ExecuteUpdateAsync(set => set.SetProperty(v => v.Stock, stock));
    }

    private async Task<bool> ReserveAsync(params StockLine[] lines)
    {
        await using var scope = factory.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ReserveStockCommand(lines));
        return result.IsSuccess;
    }

    [Fact]
    public async Task HundredConcurrentReservations_OfTheLastTenUnits_TakeExactlyTen()
    {
        var (variant, _) = await DemoVariantAsync("TP-NMC-500");
        await SetStockAsync(variant, 10);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => ReserveAsync(new StockLine(variant, 1)))));

        Assert.Equal(10, outcomes.Count(taken => taken));
        Assert.Equal(0, (await DemoVariantAsync("TP-NMC-500")).Stock);
    }

    [Fact]
    public async Task AnOrderWithOneLineShort_TakesNothing()
    {
        var (tea, teaStock) = await DemoVariantAsync("THT-MC-200");
        var (rice, _) = await DemoVariantAsync("NC-NEP-KG");
        await SetStockAsync(rice, 3);

        Assert.False(await ReserveAsync(new StockLine(tea, 2), new StockLine(rice, 5)));

        Assert.Equal(teaStock, (await DemoVariantAsync("THT-MC-200")).Stock);
        Assert.Equal(3, (await DemoVariantAsync("NC-NEP-KG")).Stock);
    }

    [Fact]
    public async Task Releasing_GivesTheStockBack_AndLowStockIsToldOnce()
    {
        var (variant, _) = await DemoVariantAsync("DD-RAU-3KG");
        await SetStockAsync(variant, 12);
        Assert.True(await ReserveAsync(new StockLine(variant, 3)));
        Assert.True(await ReserveAsync(new StockLine(variant, 1)));
        Assert.Equal(8, (await DemoVariantAsync("DD-RAU-3KG")).Stock);

        await using (var scope = factory.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ReleaseStockCommand([new StockLine(variant, 4)]));
            var catalog = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var lowStock = await catalog.OutboxMessages.AsNoTracking()
                .Where(m => m.Type.Contains(nameof(StockLowIntegrationEvent)))
                .ToListAsync();
            Assert.Single(lowStock, m => m.Payload.Contains(variant.ToString(), StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(12, (await DemoVariantAsync("DD-RAU-3KG")).Stock);
    }

    [Fact]
    public async Task AHiddenProduct_CannotBeReserved_AndCheckoutSeesItIsNotPurchasable()
    {
        var (variant, stock) = await DemoVariantAsync("TDV-TCN-100");
        await using var scope = factory.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var productId = (await sender.Send(new GetProductsForCheckoutQuery([variant])))[0].ProductId;
        Assert.True((await sender.Send(new ModerateProductCommand(productId, Hide: true, "Kiểm tra nhãn.", Guid.NewGuid(), "admin@test"))).IsSuccess);

        Assert.False(await ReserveAsync(new StockLine(variant, 1)));
        var seen = Assert.Single(await sender.Send(new GetProductsForCheckoutQuery([variant])));
        Assert.False(seen.Purchasable);
        Assert.Equal(stock, seen.Stock);
    }
}
