using FluentValidation;
using Marketplace.Catalog.Contracts;

namespace Marketplace.Catalog.Features.Stock;

internal sealed class ReserveStockValidator : AbstractValidator<ReserveStockCommand>
{
    public ReserveStockValidator()
    {
        RuleFor(c => c.Lines).NotEmpty();
        RuleForEach(c => c.Lines).ChildRules(line => line.RuleFor(l => l.Quantity).InclusiveBetween(1, 10_000_000));
    }
}

internal sealed class ReleaseStockValidator : AbstractValidator<ReleaseStockCommand>
{
    public ReleaseStockValidator() =>
        RuleForEach(c => c.Lines).ChildRules(line => line.RuleFor(l => l.Quantity).InclusiveBetween(1, 10_000_000));
}
