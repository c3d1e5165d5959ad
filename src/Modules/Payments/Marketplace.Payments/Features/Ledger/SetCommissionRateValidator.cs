using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Features.Ledger;

internal sealed class SetCommissionRateValidator : AbstractValidator<SetCommissionRateCommand>
{
    public SetCommissionRateValidator() => RuleFor(c => c.Percent).IsCommissionPercent();
}

internal static class CommissionPercentRule
{
    /// <summary>A commission rate as the default and every rule take it: 0 to 50 %, at most two decimals (basis points).</summary>
    public static IRuleBuilderOptions<T, decimal> IsCommissionPercent<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(0m, 50m)
            .Must(p => decimal.Round(p, 2) == p)
                .WithMessage(_ => Bilingual.Pick("Tỷ lệ có tối đa hai chữ số thập phân.", "The rate has at most two decimals."))
            .WithName(_ => Bilingual.Pick("Tỷ lệ hoa hồng (%)", "Commission rate (%)"));
}
