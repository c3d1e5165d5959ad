using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Features.Ledger;

internal sealed class SetCommissionRateValidator : AbstractValidator<SetCommissionRateCommand>
{
    public SetCommissionRateValidator() =>
        RuleFor(c => c.Percent)
            .InclusiveBetween(0m, 50m)
            .Must(p => decimal.Round(p, 2) == p)
                .WithMessage(_ => Bilingual.Pick("Tỷ lệ có tối đa hai chữ số thập phân.", "The rate has at most two decimals."))
            .WithName(_ => Bilingual.Pick("Tỷ lệ hoa hồng (%)", "Commission rate (%)"));
}
