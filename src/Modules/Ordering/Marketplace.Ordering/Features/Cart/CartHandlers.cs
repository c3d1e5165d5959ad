using Marketplace.Ordering.Data;
using Marketplace.Ordering.Features.Vouchers;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Cart;

internal sealed class CartHandlers(OrderingDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<GetCartQuery, CartView>,
      ICommandHandler<SetCartLineCommand, Result<CartView>>,
      ICommandHandler<MergeCartsCommand, Result<Done>>
{
    public async ValueTask<CartView> Handle(GetCartQuery query, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.AsNoTracking().SingleOrDefaultAsync(c => c.OwnerKey == query.Owner.Key, cancellationToken);
        var (goods, _) = await sender.PriceAsync(cart?.Lines ?? [], query.BusinessBuyer, query.To, cancellationToken);
        var priced = await goods.WithVoucherAsync(db, cart?.VoucherCode, query.Owner.PersonId, query.BusinessBuyer, clock.GetUtcNow(), cancellationToken);
        return await priced.View.WithPreordersAsync(db, cart?.Preorders, clock.Today(), cancellationToken);
    }

    public async ValueTask<Result<CartView>> Handle(SetCartLineCommand command, CancellationToken cancellationToken)
    {
        var cart = await db.CartToChangeAsync(command.Owner, clock.GetUtcNow(), cancellationToken);

        var quantity = command.Add ? cart.QuantityOf(command.VariantId) + command.Quantity : command.Quantity;

        // One read of the catalog for the line asked about and the lines already there: it checks
        // the one and prices them all.
        var variants = await sender.Send(
            new Catalog.Contracts.GetProductsForCheckoutQuery([.. cart.Lines.Select(l => l.VariantId), command.VariantId]), cancellationToken);
        if (quantity > 0)
        {
            var variant = variants.SingleOrDefault(v => v.VariantId == command.VariantId);
            if (variant is null || !variant.Purchasable)
            {
                return Error.NotFound("cart.product_unavailable", Bilingual.Pick("Sản phẩm này không còn bán.", "This product is not on sale."));
            }

            if (quantity > variant.Stock)
            {
                return Error.FieldConflict("cart.not_enough_stock", "Quantity", Bilingual.Pick(
                    $"Chỉ còn {variant.Stock} {variant.ProductName}.",
                    $"Only {variant.Stock} of {variant.ProductName} left."));
            }

            if (cart.Lines.Count >= Domain.Cart.MaxLines && cart.QuantityOf(command.VariantId) == 0)
            {
                return Error.Rule("cart.full", Bilingual.Pick(
                    $"Giỏ hàng có tối đa {Domain.Cart.MaxLines} dòng.", $"A cart holds at most {Domain.Cart.MaxLines} lines."));
            }
        }

        cart.Set(command.VariantId, quantity, clock.GetUtcNow());
        var goods = await sender.PriceAsync(cart.Lines, variants, command.BusinessBuyer, null, cancellationToken);
        var priced = await goods.WithVoucherAsync(db, cart.VoucherCode, command.Owner.PersonId, command.BusinessBuyer, clock.GetUtcNow(), cancellationToken);
        return await priced.View.WithPreordersAsync(db, cart.Preorders, clock.Today(), cancellationToken);
    }

    public async ValueTask<Result<Done>> Handle(MergeCartsCommand command, CancellationToken cancellationToken)
    {
        var from = await db.Carts.SingleOrDefaultAsync(c => c.OwnerKey == command.From.Key, cancellationToken);
        if (from is null || (from.Lines.Count == 0 && from.Preorders.Count == 0))
        {
            return Done.Value;
        }

        var into = await db.CartToChangeAsync(command.Into, clock.GetUtcNow(), cancellationToken);
        into.MergeFrom(from, clock.GetUtcNow());
        db.Carts.Remove(from);
        return Done.Value;
    }
}
