using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.Lots;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.NewProduct;

/// <summary>
/// A product, its first pack and price, and its picture, in one step and all or nothing; on sale
/// at once when asked. It is the guided form's command: the person never meets a SKU (one is
/// made) and each part is checked by the same command, rules and messages as when done alone.
/// </summary>
internal sealed record NewProductCommand(
    CooperativeId CooperativeId,
    UserId ActorId,
    Guid CategoryId,
    string Name,
    string Description,
    string Unit,
    int? NetWeightGrams,
    long PriceVnd,
    int Stock,
    IReadOnlyList<VolumeTierInput> Tiers,
    UploadedFile? Picture,
    bool Publish,
    int? HarvestKilograms = null) : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

internal sealed class NewProductHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<NewProductCommand, Result<ProductForEditing>>
{
    public async ValueTask<Result<ProductForEditing>> Handle(NewProductCommand command, CancellationToken cancellationToken)
    {
        var created = await sender.Send(
            new CreateProductCommand(command.CooperativeId, command.ActorId, command.CategoryId, command.Name, null, command.Description, null),
            cancellationToken);
        if (!created.IsSuccess)
        {
            return created;
        }

        // Within this command's transaction: the next commands find the product in the database,
        // and a refusal of any of them rolls all of it back.
        await db.SaveChangesAsync(cancellationToken);
        var productId = created.Value.ProductId;
        var result = await sender.Send(
            new SaveVariantCommand(
                productId, command.ActorId, null, null, string.Empty, command.Unit, command.NetWeightGrams, command.PriceVnd, command.Stock, 1,
                command.Tiers, Box: null),
            cancellationToken);
        if (result.IsSuccess && command.HarvestKilograms is { } kilograms)
        {
            await db.SaveChangesAsync(cancellationToken);
            result = await AddHarvestAsync(command, productId, kilograms, result.Value, cancellationToken);
        }

        if (result.IsSuccess && command.Publish)
        {
            await db.SaveChangesAsync(cancellationToken);
            result = await sender.Send(new ChangeProductStatusCommand(productId, command.ActorId, ProductState.Published), cancellationToken);
        }

        // The picture last: its files are written to the store at once, so nothing after it may fail.
        if (result.IsSuccess && command.Picture is { } picture)
        {
            await db.SaveChangesAsync(cancellationToken);
            result = await sender.Send(new AddProductImageCommand(productId, command.ActorId, picture), cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// The harvest on hand as the product's first lot: today, where the cooperative is, under the
    /// first free code made from the product's name, so that its label can be printed at once.
    /// </summary>
    private async Task<Result<ProductForEditing>> AddHarvestAsync(
        NewProductCommand command, ProductId productId, int kilograms, ProductForEditing product, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var baseCode = LotCodes.Base(product.Name, today);
        var taken = await db.Lots.AsNoTracking().Where(l => l.Code.StartsWith(baseCode)).Select(l => l.Code).ToListAsync(cancellationToken);
        var code = Skus.FirstFree(baseCode, taken.ToHashSet(StringComparer.OrdinalIgnoreCase).Contains, []);
        var seller = await sender.Send(new GetSellerDetailsQuery(command.CooperativeId), cancellationToken);
        var lot = await sender.Send(
            new AddLotCommand(productId, command.ActorId, code, today, null, seller?.Commune ?? string.Empty, seller?.Province ?? string.Empty, kilograms,
                "kg", null),
            cancellationToken);
        if (!lot.IsSuccess)
        {
            return lot.Error!;
        }

        return await sender.Send(new GetProductForEditingQuery(productId, command.ActorId), cancellationToken);
    }
}
