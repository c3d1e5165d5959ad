using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;

namespace Marketplace.Catalog.Features.Sales;

/// <summary>
/// A cooperative's people sell a variant for less from one Vietnam date to another, both whole days
/// ("giảm còn 199.000 ₫ từ 1/12 đến hết 7/12"): the cards, the product's page, the cart and checkout
/// take the sale's price on those days and the list price after, with nothing to remember to undo.
/// A variant has one sale at a time; setting another replaces it.
/// </summary>
internal sealed record PutVariantOnSaleCommand(ProductId ProductId, UserId ActorId, VariantId VariantId, long PriceVnd, DateOnly? From, DateOnly? Until)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

/// <summary>Takes a variant's sale off now (it sells at its list price again); one with no sale is left as it is.</summary>
internal sealed record EndVariantSaleCommand(ProductId ProductId, UserId ActorId, VariantId VariantId)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

internal sealed class VariantSalesHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<PutVariantOnSaleCommand, Result<ProductForEditing>>,
      ICommandHandler<EndVariantSaleCommand, Result<ProductForEditing>>
{
    /// <summary>The longest a sale runs: a "sale" that never ends is the price, and the list price beside it a claim nobody pays.</summary>
    public const int MaxDays = 90;

    public async ValueTask<Result<ProductForEditing>> Handle(PutVariantOnSaleCommand command, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, command.ProductId, command.ActorId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        if (product.Variants.SingleOrDefault(v => v.Id == command.VariantId) is not { } variant)
        {
            return ProductAccess.VariantNotFound();
        }

        if (command.PriceVnd >= variant.PriceVnd)
        {
            var list = Money.Dong(variant.PriceVnd).Format(System.Globalization.CultureInfo.CurrentCulture);
            return Field(nameof(command.PriceVnd), Bilingual.Pick(
                $"Giá khuyến mãi phải thấp hơn giá niêm yết ({list}).", $"The sale price must be below the list price ({list})."));
        }

        var today = clock.Today();
        if (command.From > today.AddDays(365))
        {
            return Field(nameof(command.From), Bilingual.Pick(
                "Ngày bắt đầu phải trong vòng một năm tới.", "The first day must be within the coming year."));
        }

        if (command.Until < today)
        {
            return Field(nameof(command.Until), Bilingual.Pick(
                "Ngày kết thúc đã qua: hãy chọn hôm nay hoặc một ngày sau.", "The last day has passed: choose today or a later day."));
        }

        variant.PutOnSale(command.PriceVnd, command.From!.Value, command.Until!.Value);
        return await db.ForEditingAsync(product, clock, cancellationToken);
    }

    public async ValueTask<Result<ProductForEditing>> Handle(EndVariantSaleCommand command, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, command.ProductId, command.ActorId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        if (product.Variants.SingleOrDefault(v => v.Id == command.VariantId) is not { } variant)
        {
            return ProductAccess.VariantNotFound();
        }

        variant.EndSale();
        return await db.ForEditingAsync(product, clock, cancellationToken);
    }

    private static Error Field(string field, string message) => Error.Validation(new Dictionary<string, string[]> { [field] = [message] });
}
