using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Vouchers;

/// <summary>
/// Puts a voucher's code on the cart (or takes it off: a blank code). A code that does not exist,
/// or that nobody can use now (not begun, ended, used up, not for this kind of buyer, used by this
/// buyer already), is refused and the cart keeps what it had; one this cart does not yet reach
/// (a minimum spend, none of its cooperative's goods) is kept, and the cart says what is missing.
/// </summary>
internal sealed record ApplyVoucherCommand(CartOwner Owner, string? Code, bool BusinessBuyer = false)
    : ICommand<Result<CartView>>, IRunsIn<OrderingTransaction>;

internal sealed class ApplyVoucherValidator : AbstractValidator<ApplyVoucherCommand>
{
    public ApplyVoucherValidator() =>
        RuleFor(c => c.Code)
            .Must(code => code!.Trim() is { Length: <= Voucher.MaxCodeLength } trimmed && trimmed.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'))
            .WithMessage(_ => Bilingual.Pick(
                $"Mã giảm giá gồm chữ cái không dấu, chữ số, '-' hoặc '_', tối đa {Voucher.MaxCodeLength} ký tự.",
                $"A voucher code is letters without accents, digits, '-' or '_', {Voucher.MaxCodeLength} at most."))
            .When(c => !string.IsNullOrWhiteSpace(c.Code));
}

internal sealed class ApplyVoucherHandler(OrderingDbContext db, ISender sender, TimeProvider clock) : ICommandHandler<ApplyVoucherCommand, Result<CartView>>
{
    public async ValueTask<Result<CartView>> Handle(ApplyVoucherCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cart = await db.CartToChangeAsync(command.Owner, now, cancellationToken);
        var code = string.IsNullOrWhiteSpace(command.Code) ? null : Voucher.NormalizeCode(command.Code);
        if (code is not null)
        {
            var voucher = await db.Vouchers.AsNoTracking().SingleOrDefaultAsync(v => v.Code == code, cancellationToken);
            if (voucher is null)
            {
                return Error.NotFound("voucher.unknown", Bilingual.Pick($"Không có mã giảm giá {code}.", $"There is no voucher {code}."));
            }

            // Refused when nothing in the cart could make it apply; a minimum spend not reached yet is said on the cart.
            if (voucher.Unusable(now, command.BusinessBuyer) is { } unusable)
            {
                return Error.Conflict("voucher.unusable", unusable);
            }

            if (command.Owner.PersonId is { } buyer && await VoucherPricing.UsesAsync(db, voucher.Id, buyer, cancellationToken) >= voucher.PerBuyerLimit)
            {
                return Error.Conflict("voucher.used_by_buyer", voucher.UsedByBuyer());
            }
        }

        var (goods, _) = await sender.PriceAsync(cart.Lines, command.BusinessBuyer, cancellationToken);
        var priced = await goods.WithVoucherAsync(db, code, command.Owner.PersonId, command.BusinessBuyer, now, cancellationToken);
        cart.UseVoucher(code, now);
        return await priced.View.WithPreordersAsync(db, cart.Preorders, clock.Today(), cancellationToken);
    }
}
